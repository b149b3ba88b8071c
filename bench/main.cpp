// showroom-bench: one executable, one subcommand per hot path. Every figure is reported as a ratio
// against a baseline measured in the same process, because these machines are shared and noisy.
#include <QCoreApplication>
#include <QTextStream>
#include <cstring>

int bench_render(int argc, char **argv);    // render_bench.cpp
int bench_telemetry(int argc, char **argv); // telemetry_bench.cpp
int bench_import(int argc, char **argv);    // import_bench.cpp
int bench_finder(int argc, char **argv);    // finder_bench.cpp
int bench_walk(int argc, char **argv);      // walk_bench.cpp
int bench_timeline(int argc, char **argv);  // timeline_bench.cpp
int bench_profiles(int argc, char **argv);  // profiles_bench.cpp
int bench_dashboard(int argc, char **argv); // dashboard_bench.cpp
int bench_sync(int argc, char **argv);      // sync_bench.cpp

int main(int argc, char **argv)
{
    const char *usage = "usage: showroom-bench render|telemetry|import|finder|walk|timeline|profiles|sync|dashboard [options]\n";
    if (argc < 2) {
        fputs(usage, stderr);
        return 2;
    }
    // Shift the subcommand away so each bench sees its own options as argv[1..].
    char *cmd = argv[1];
    argv[1] = argv[0];
    if (!std::strcmp(cmd, "render"))
        return bench_render(argc - 1, argv + 1);
    if (!std::strcmp(cmd, "telemetry"))
        return bench_telemetry(argc - 1, argv + 1);
    if (!std::strcmp(cmd, "import"))
        return bench_import(argc - 1, argv + 1);
    if (!std::strcmp(cmd, "finder"))
        return bench_finder(argc - 1, argv + 1);
    if (!std::strcmp(cmd, "walk"))
        return bench_walk(argc - 1, argv + 1);
    if (!std::strcmp(cmd, "timeline"))
        return bench_timeline(argc - 1, argv + 1);
    if (!std::strcmp(cmd, "profiles"))
        return bench_profiles(argc - 1, argv + 1);
    if (!std::strcmp(cmd, "dashboard"))
        return bench_dashboard(argc - 1, argv + 1);
    if (!std::strcmp(cmd, "sync"))
        return bench_sync(argc - 1, argv + 1);
    fprintf(stderr, "showroom-bench: unknown benchmark '%s'\n%s", cmd, usage);
    return 2;
}
