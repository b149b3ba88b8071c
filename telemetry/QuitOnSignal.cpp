#include "telemetry/QuitOnSignal.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace showroom::telemetry {
namespace {

int g_pipe[2] = {-1, -1};

extern "C" void onTerminationSignal(int sig)
{
    const int savedErrno = errno;
    const char byte = char(sig);
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[0], &byte, 1);
    std::signal(sig, SIG_DFL); // a second Ctrl-C is the impatient user's kill
    errno = savedErrno;
}

} // namespace

bool quitOnTerminationSignals(QCoreApplication *app, std::function<void(int)> onSignal)
{
    if (g_pipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pipe) != 0)
        return false;
    ::fcntl(g_pipe[0], F_SETFL, O_NONBLOCK);
    auto *notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [app, onSignal] {
        char byte = 0;
        if (::read(g_pipe[1], &byte, 1) != 1)
            return;
        if (onSignal)
            onSignal(int(byte));
        app->quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onTerminationSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &sa, nullptr) == 0 && ::sigaction(SIGINT, &sa, nullptr) == 0;
}

} // namespace showroom::telemetry
