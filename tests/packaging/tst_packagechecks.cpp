// The Debian package as a distribution would judge it, from the package the fixture built
// (build-package.sh): lintian, desktop-file-validate and appstreamcli find nothing; the kiosk unit, its
// user and its state directory work with systemd's own tools; the run-time QML modules are dependencies,
// not copies; each man page documents every option and command --help prints; the tarball holds the same
// files; the release notes name this version.
#include "PackageTools.h"

#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <unistd.h>

using namespace packaging;

namespace {
const QString AppId = QStringLiteral("app.showroom.Showroom");

// "a, b (>= 1), c | d" -> {a, b, c, d}
QSet<QString> packageNames(const QString &field)
{
    QSet<QString> names;
    for (const QString &part : field.split(QRegularExpression(QStringLiteral("[,|]")), Qt::SkipEmptyParts))
        names.insert(part.trimmed().section(u' ', 0, 0).section(u':', 0, 0));
    return names;
}

QStringList linesMatching(const QString &text, const QRegularExpression &re)
{
    QStringList out;
    for (const QString &line : text.split(u'\n'))
        if (re.match(line).hasMatch())
            out << line;
    return out;
}
} // namespace

class tst_PackageChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lintianFindsNothing();
    void desktopEntryValidates();
    void appStreamMetadataValidates();
    void iconsHaveTheirSizes();
    void releaseNotesNameThisVersion();
    void kioskUnitVerifies();
    void kioskUserAndStateDirectory();
    void maintainerScriptsInAScratchRoot();
    void runtimeQmlModulesAreDependencies();
    void nothingOfQtOrAssimpIsBundled();
    void manPagesDocumentEveryOption_data();
    void manPagesDocumentEveryOption();
    void tarballHoldsTheSameFiles();

private:
    QString installed(const QString &path) const { return m_root.filePath(path); }
    QStringList debFiles() const;
    QString m_deb;
    QTemporaryDir m_root;
};

void tst_PackageChecks::initTestCase()
{
    m_deb = madePackage(QStringLiteral(".deb"));
    QVERIFY2(!m_deb.isEmpty(), "no single .deb in " SHOWROOM_PACKAGE_DIR ": the fixture packaging_cpack did not run");
    QVERIFY(m_root.isValid());
    const Run unpacked = unpack(m_deb, m_root.path());
    QVERIFY2(unpacked.exitCode == 0, qPrintable(unpacked.text()));
    qInfo("package %s: %lld kB, %lld files", qPrintable(QFileInfo(m_deb).fileName()),
          QFileInfo(m_deb).size() / 1024, qlonglong(debFiles().size()));
}

QStringList tst_PackageChecks::debFiles() const
{
    // dpkg-deb -c: "-rwxr-xr-x root/root 123 2026-12-01 00:00 ./usr/bin/showroom"; files only.
    QStringList files;
    const Run listed = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb});
    for (const QString &line : QString::fromUtf8(listed.out).split(u'\n', Qt::SkipEmptyParts))
        if (line.startsWith(u'-'))
            files << line.section(QStringLiteral(" ./"), 1).trimmed();
    return files;
}

void tst_PackageChecks::lintianFindsNothing()
{
    // Errors and warnings fail; overrides (each justified in packaging/debian/lintian-overrides and
    // docs/installing.md) are not reported. Info tags are listed in the log.
    const Run lintian = run(QStringLiteral("lintian"),
                            {QStringLiteral("--allow-root"), QStringLiteral("--display-info"),
                             QStringLiteral("--no-tag-display-limit"), m_deb},
                            240000);
    QVERIFY2(lintian.exitCode >= 0, qPrintable(lintian.text() + "\n(apt-get install lintian)"));
    const QString report = lintian.text();
    for (const QString &line : linesMatching(report, QRegularExpression(QStringLiteral("^[IPX]: "))))
        qInfo("lintian: %s", qPrintable(line));
    const QStringList problems = linesMatching(report, QRegularExpression(QStringLiteral("^[EW]: ")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY2(lintian.exitCode == 0, qPrintable(report));
}

void tst_PackageChecks::desktopEntryValidates()
{
    const QString entry = installed(QStringLiteral("usr/share/applications/%1.desktop").arg(AppId));
    QVERIFY2(QFile::exists(entry), qPrintable(entry));
    const Run validate = run(QStringLiteral("desktop-file-validate"), {entry});
    QVERIFY2(validate.exitCode == 0 && validate.text().trimmed().isEmpty(), qPrintable(validate.text()));
    // What the menu starts and shows exists in the package.
    QFile file(entry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("\nExec=showroom\n")));
    QVERIFY(QFileInfo(installed(QStringLiteral("usr/bin/showroom"))).isExecutable());
    QVERIFY(text.contains(QStringLiteral("\nIcon=%1\n").arg(AppId)));
    QVERIFY(QFile::exists(installed(QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(AppId))));
}

void tst_PackageChecks::appStreamMetadataValidates()
{
    // validate-tree also checks the metadata against the installed desktop entry and icons. No network:
    // screenshot URLs are not fetched.
    const Run validate = run(QStringLiteral("appstreamcli"),
                             {QStringLiteral("validate-tree"), QStringLiteral("--no-net"),
                              QStringLiteral("--explain"), m_root.path()});
    qInfo("%s", qPrintable(validate.text()));
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.text()));
    const Run single = run(QStringLiteral("appstreamcli"),
                           {QStringLiteral("validate"), QStringLiteral("--no-net"),
                            installed(QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(AppId))});
    QVERIFY2(single.exitCode == 0, qPrintable(single.text()));
    QVERIFY2(!single.text().contains(QStringLiteral("E: ")), qPrintable(single.text()));
}

void tst_PackageChecks::iconsHaveTheirSizes()
{
    int found = 0;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        const QString png = installed(QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(AppId));
        const QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png + QStringLiteral(" is missing or unreadable (rsvg-convert)")));
        QCOMPARE(image.size(), QSize(size, size));
        // Drawn, not empty: the corners are transparent (rounded tile), the middle is not.
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QVERIFY(qAlpha(image.pixel(size / 2, size / 2)) > 200);
        ++found;
    }
    QCOMPARE(found, 7);
}

void tst_PackageChecks::releaseNotesNameThisVersion()
{
    const QString version = controlField(m_deb, QStringLiteral("Version"));
    QVERIFY2(version.startsWith(QStringLiteral(SHOWROOM_EXPECTED_VERSION "-")), qPrintable(version));
    // debian/changelog's top entry is this package's version.
    const Run changelog = run(QStringLiteral("gzip"), {QStringLiteral("-dc"),
                                                       installed(QStringLiteral("usr/share/doc/showroom/changelog.Debian.gz"))});
    QVERIFY2(changelog.exitCode == 0, qPrintable(changelog.text()));
    const QString top = QString::fromUtf8(changelog.out).section(u'\n', 0, 0);
    QVERIFY2(top.startsWith(QStringLiteral("showroom (%1) ").arg(version)),
             qPrintable(QStringLiteral("packaging/debian/changelog starts '%1'; add an entry for %2").arg(top, version)));
    // The metadata's newest release is this version.
    QFile metainfo(installed(QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(AppId)));
    QVERIFY(metainfo.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&metainfo);
    QString newest;
    while (!xml.atEnd() && newest.isEmpty())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("release"))
            newest = xml.attributes().value(QLatin1String("version")).toString();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(newest, QStringLiteral(SHOWROOM_EXPECTED_VERSION));
}

void tst_PackageChecks::kioskUnitVerifies()
{
    const QString unit = installed(QStringLiteral("usr/lib/systemd/system/showroom-kiosk.service"));
    QFile file(unit);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(unit));
    const QString text = QString::fromUtf8(file.readAll());
    // The kiosk runs the installed program under cage (through showroom-kiosk-session, which passes the
    // app's exit status on), as its own user, and comes back after a crash.
    const QRegularExpression exec(QStringLiteral("^ExecStart=/usr/lib/showroom/showroom-kiosk-session /usr/bin/showroom --kiosk "),
                                  QRegularExpression::MultilineOption);
    QVERIFY2(exec.match(text).hasMatch(), qPrintable(text));
    QVERIFY(QFileInfo(installed(QStringLiteral("usr/bin/showroom"))).isExecutable());
    QVERIFY(text.contains(QStringLiteral("\nUser=showroom-kiosk\n")));
    QVERIFY(text.contains(QStringLiteral("\nRestart=on-failure\n")));
    QVERIFY(text.contains(QStringLiteral("\nWantedBy=graphical.target\n")));

    // systemd's own check (syntax, directives, the program it starts), in a scratch root that has this
    // system's units and the package's files, as an installed system would. Nothing about this unit.
    QTemporaryDir system;
    QVERIFY(system.isValid());
    const QDir root(system.path());
    QVERIFY(root.mkpath(QStringLiteral("usr/lib/systemd")) && root.mkpath(QStringLiteral("usr/bin")));
    QVERIFY(QFile::link(QStringLiteral("usr/lib"), root.filePath(QStringLiteral("lib"))));
    QVERIFY(QFile::link(QStringLiteral("usr/bin"), root.filePath(QStringLiteral("bin"))));
    for (const QStringList &copy : {QStringList{QStringLiteral("/usr/lib/systemd/system"), root.filePath(QStringLiteral("usr/lib/systemd/"))},
                                    QStringList{installed(QStringLiteral("usr/lib/showroom")), root.filePath(QStringLiteral("usr/lib/"))},
                                    QStringList{unit, root.filePath(QStringLiteral("usr/lib/systemd/system/"))}}) {
        const Run copied = run(QStringLiteral("cp"), QStringList{QStringLiteral("-a")} + copy);
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.text()));
    }
    const Run verify = run(QStringLiteral("systemd-analyze"),
                           {QStringLiteral("verify"), QStringLiteral("--man=no"), QStringLiteral("--root=") + system.path(),
                            QStringLiteral("showroom-kiosk.service")});
    const QStringList remarks = linesMatching(verify.text(), QRegularExpression(QStringLiteral("showroom-kiosk")));
    QVERIFY2(verify.exitCode == 0 && remarks.isEmpty(), qPrintable(verify.text()));
    // The program it starts is the package's, and the documentation it names is in the package.
    QVERIFY(QFileInfo(installed(QStringLiteral("usr/lib/showroom/showroom-kiosk-session"))).isExecutable());
    QVERIFY(text.contains(QStringLiteral("\nDocumentation=man:showroom(1)\n")));
    QVERIFY(QFile::exists(installed(QStringLiteral("usr/share/man/man1/showroom.1.gz"))));
}

void tst_PackageChecks::kioskUserAndStateDirectory()
{
    // What the package's postinst does on a real system, into a scratch root: the user, then its folder.
    QTemporaryDir system;
    QVERIFY(system.isValid() && QDir(system.path()).mkpath(QStringLiteral("etc")));
    const Run users = run(QStringLiteral("systemd-sysusers"),
                          {QStringLiteral("--root=") + system.path(),
                           installed(QStringLiteral("usr/lib/sysusers.d/showroom-kiosk.conf"))});
    QVERIFY2(users.exitCode == 0, qPrintable(users.text()));
    QFile passwd(system.filePath(QStringLiteral("etc/passwd")));
    QVERIFY(passwd.open(QIODevice::ReadOnly));
    const QStringList entry = linesMatching(QString::fromUtf8(passwd.readAll()),
                                            QRegularExpression(QStringLiteral("^showroom-kiosk:")));
    QCOMPARE(entry.size(), 1);
    const QStringList fields = entry.first().split(u':');
    QCOMPARE(fields.size(), 7);
    QVERIFY2(fields[2].toInt() > 0 && fields[2].toInt() < 1000, qPrintable(entry.first())); // a system user
    QCOMPARE(fields[5], QStringLiteral("/var/lib/showroom-kiosk"));
    QCOMPARE(fields[6], QStringLiteral("/usr/sbin/nologin"));

    const Run dirs = run(QStringLiteral("systemd-tmpfiles"),
                         {QStringLiteral("--root=") + system.path(), QStringLiteral("--create"),
                          installed(QStringLiteral("usr/lib/tmpfiles.d/showroom-kiosk.conf"))});
    QVERIFY2(dirs.exitCode == 0, qPrintable(dirs.text()));
    const QFileInfo state(system.filePath(QStringLiteral("var/lib/showroom-kiosk")));
    QVERIFY(state.isDir());
    QCOMPARE(state.ownerId(), fields[2].toUInt());
    QCOMPARE(int(state.permissions() & (QFile::ReadOther | QFile::WriteOther | QFile::ExeOther)), 0);
}

void tst_PackageChecks::maintainerScriptsInAScratchRoot()
{
    // The package's own postinst, prerm and postrm, run as dpkg runs them for an install into DPKG_ROOT
    // (systemd-sysusers, systemd-tmpfiles and deb-systemd-helper then work inside it, not on this system).
    if (geteuid() != 0)
        QSKIP("needs root (the state folder belongs to the kiosk's user)");
    QTemporaryDir scripts, system;
    QVERIFY(scripts.isValid() && system.isValid());
    QVERIFY(unpack(m_deb, system.path()).exitCode == 0);
    QVERIFY(QDir(system.path()).mkpath(QStringLiteral("etc")));
    const Run control = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-e"), m_deb, scripts.path()});
    QVERIFY2(control.exitCode == 0, qPrintable(control.text()));
    auto maintscript = [&](const QString &name, const QString &action) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DPKG_ROOT"), system.path());
        env.insert(QStringLiteral("DPKG_MAINTSCRIPT_PACKAGE"), QStringLiteral("showroom"));
        env.insert(QStringLiteral("DPKG_MAINTSCRIPT_NAME"), name);
        return run(scripts.filePath(name), {action}, 60000, env);
    };
    const QString state = system.filePath(QStringLiteral("var/lib/showroom-kiosk"));

    const Run installed = maintscript(QStringLiteral("postinst"), QStringLiteral("configure"));
    QVERIFY2(installed.exitCode == 0, qPrintable(installed.text()));
    QFile passwd(system.filePath(QStringLiteral("etc/passwd")));
    QVERIFY(passwd.open(QIODevice::ReadOnly));
    const QStringList user = linesMatching(QString::fromUtf8(passwd.readAll()), QRegularExpression(QStringLiteral("^showroom-kiosk:")));
    QCOMPARE(user.size(), 1);
    QVERIFY(QFileInfo(state).isDir());
    QCOMPARE(QFileInfo(state).ownerId(), user.first().section(u':', 2, 2).toUInt());
    // Installed, not enabled: nothing in the root's systemd configuration wants the kiosk.
    QDirIterator wants(system.filePath(QStringLiteral("etc")), QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot,
                       QDirIterator::Subdirectories);
    while (wants.hasNext())
        QVERIFY2(!wants.next().contains(QLatin1String("showroom-kiosk.service")), qPrintable(wants.filePath()));

    // The visitors' data survives a removal and goes with a purge.
    QVERIFY(QDir(state).mkpath(QStringLiteral("showroom")));
    QFile db(state + QStringLiteral("/showroom/telemetry.db"));
    QVERIFY(db.open(QIODevice::WriteOnly) && db.write("visits") == 6);
    db.close();
    QCOMPARE(maintscript(QStringLiteral("prerm"), QStringLiteral("remove")).exitCode, 0);
    QCOMPARE(maintscript(QStringLiteral("postrm"), QStringLiteral("remove")).exitCode, 0);
    QVERIFY(db.exists());
    const Run purged = maintscript(QStringLiteral("postrm"), QStringLiteral("purge"));
    QVERIFY2(purged.exitCode == 0, qPrintable(purged.text()));
    QVERIFY(!QFileInfo::exists(state));
}

void tst_PackageChecks::runtimeQmlModulesAreDependencies()
{
    // Every Qt QML module the app's QML imports (and what those import in turn) comes from a Debian package
    // in Depends; our own modules are linked into the program.
    const QString qtQml = QLibraryInfo::path(QLibraryInfo::QmlImportsPath);
    const QString scanner = QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath) + QStringLiteral("/qmlimportscanner");
    const Run scan = run(scanner, {QStringLiteral("-rootPath"), QStringLiteral(SHOWROOM_SOURCE_DIR "/qml"),
                                   QStringLiteral("-rootPath"), QStringLiteral(SHOWROOM_SOURCE_DIR "/app"),
                                   QStringLiteral("-importPath"), QStringLiteral(SHOWROOM_BUILD_DIR "/qml"),
                                   QStringLiteral("-importPath"), qtQml});
    QVERIFY2(scan.exitCode == 0, qPrintable(scan.text()));
    const QSet<QString> depends = packageNames(controlField(m_deb, QStringLiteral("Depends")));
    QStringList missing, unknown;
    QSet<QString> checked;
    for (const QJsonValue &v : QJsonDocument::fromJson(scan.out).array()) {
        const QJsonObject import = v.toObject();
        const QString name = import.value(QLatin1String("name")).toString();
        const QString path = import.value(QLatin1String("path")).toString();
        if (import.value(QLatin1String("type")).toString() != QLatin1String("module") ||
            name.startsWith(QLatin1String("Showroom")) || path.startsWith(QLatin1String(SHOWROOM_BUILD_DIR)))
            continue;
        if (path.isEmpty() || !path.startsWith(qtQml)) {
            unknown << name;
            continue;
        }
        const Run owner = run(QStringLiteral("dpkg-query"), {QStringLiteral("-S"), path + QStringLiteral("/qmldir")});
        const QString package = QString::fromUtf8(owner.out).section(u':', 0, 0).trimmed();
        if (owner.exitCode != 0 || package.isEmpty()) {
            unknown << name;
            continue;
        }
        checked.insert(name);
        if (!depends.contains(package))
            missing << QStringLiteral("%1 (from %2)").arg(name, package);
    }
    qInfo("QML modules checked: %s", qPrintable(QStringList(checked.values()).join(QStringLiteral(", "))));
    // Modules that only Qt's own modules import and that are not installed here (the Controls styles of
    // other platforms, the Basic style's SelectionRectangle, the keyboard's sound effects) are never
    // loaded by the app, which runs and passes its tests here without them. Our own imports must resolve.
    QSet<QString> ours;
    for (const char *folder : {"/qml", "/app"}) {
        QDirIterator files(QStringLiteral(SHOWROOM_SOURCE_DIR) + QLatin1String(folder), {QStringLiteral("*.qml")},
                           QDir::Files, QDirIterator::Subdirectories);
        const QRegularExpression importLine(QStringLiteral("^\\s*import\\s+([A-Za-z][\\w.]*)"),
                                            QRegularExpression::MultilineOption);
        while (files.hasNext()) {
            QFile qml(files.next());
            if (!qml.open(QIODevice::ReadOnly))
                continue;
            auto imports = importLine.globalMatch(QString::fromUtf8(qml.readAll()));
            while (imports.hasNext())
                ours.insert(imports.next().captured(1));
        }
    }
    QStringList unresolved;
    for (const QString &name : std::as_const(unknown))
        if (ours.contains(name))
            unresolved << name;
    qInfo("not installed, imported only by Qt's modules: %s", qPrintable(unknown.join(QStringLiteral(", "))));
    QVERIFY2(unresolved.isEmpty(), qPrintable(QStringLiteral("the app imports modules no Debian package provides here: ") +
                                              unresolved.join(QStringLiteral(", "))));
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in Depends (add to SHOWROOM_DEB_QML_MODULES in "
                                                          "packaging/CMakeLists.txt): ") +
                                           missing.join(QStringLiteral(", "))));
    QVERIFY2(checked.contains(QStringLiteral("QtQuick3D")), "the scan found no QtQuick3D import");
}

void tst_PackageChecks::nothingOfQtOrAssimpIsBundled()
{
    QStringList bundled;
    for (const QString &file : debFiles())
        if (file.contains(QLatin1String(".so")) || file.endsWith(QLatin1String("/qmldir")) ||
            file.contains(QLatin1String("qt6/")) || file.startsWith(QLatin1String("usr/lib/x86_64")) ||
            file.contains(QLatin1String("/.cache/"))) // the build tree's import cache, left by tests
            bundled << file;
    QVERIFY2(bundled.isEmpty(), qPrintable(bundled.join(u'\n')));
    // dpkg-shlibdeps named the Debian libraries the programs link.
    const QSet<QString> depends = packageNames(controlField(m_deb, QStringLiteral("Depends")));
    for (const char *library : {"libqt6core6", "libqt6gui6", "libqt6quick6", "libqt6quick3d6", "libassimp5", "libsqlite3-0"})
        QVERIFY2(depends.contains(QLatin1String(library)),
                 qPrintable(QStringLiteral("%1 not in Depends: %2").arg(QLatin1String(library),
                                                                       QStringList(depends.values()).join(u' '))));
}

void tst_PackageChecks::manPagesDocumentEveryOption_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("showroom") << QStringLiteral("showroom");
    QTest::newRow("showroom-import") << QStringLiteral("showroom-import");
    QTest::newRow("showroom-admin") << QStringLiteral("showroom-admin");
}

void tst_PackageChecks::manPagesDocumentEveryOption()
{
    QFETCH(QString, program);
    const Run help = run(installed(QStringLiteral("usr/bin/") + program), {QStringLiteral("--help")});
    QVERIFY2(help.exitCode == 0, qPrintable(help.text()));
    const QString helpText = QString::fromUtf8(help.out);
    // Every --option, and every command (the first word of each line of a "Commands:" section).
    QSet<QString> words;
    auto options = QRegularExpression(QStringLiteral("(?<![\\w-])--[a-z][a-z0-9-]*")).globalMatch(helpText);
    while (options.hasNext())
        words.insert(options.next().captured());
    const QString commands = helpText.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    for (const QString &line : commands.split(u'\n', Qt::SkipEmptyParts))
        if (line.startsWith(QLatin1String("  ")) && !line.startsWith(QLatin1String("   ")))
            words.insert(line.trimmed().section(u' ', 0, 0));
    QVERIFY2(words.size() > 5, qPrintable(helpText));

    const Run page = run(QStringLiteral("gzip"), {QStringLiteral("-dc"), installed(QStringLiteral("usr/share/man/man1/%1.1.gz").arg(program))});
    QVERIFY2(page.exitCode == 0, qPrintable(page.text()));
    const QString man = QString::fromUtf8(page.out).replace(QStringLiteral("\\-"), QStringLiteral("-"));
    QStringList undocumented;
    for (const QString &word : std::as_const(words))
        if (!man.contains(QRegularExpression(QStringLiteral("(?<![\\w-])%1(?![\\w-])").arg(QRegularExpression::escape(word)))))
            undocumented << word;
    undocumented.sort();
    QVERIFY2(undocumented.isEmpty(),
             qPrintable(QStringLiteral("packaging/man/%1.1 lacks: %2").arg(program, undocumented.join(QStringLiteral(", ")))));
}

void tst_PackageChecks::tarballHoldsTheSameFiles()
{
    const QString tarball = madePackage(QStringLiteral(".tar.gz"));
    QVERIFY2(!tarball.isEmpty(), "no single .tar.gz in " SHOWROOM_PACKAGE_DIR);
    const Run listed = run(QStringLiteral("tar"), {QStringLiteral("-tzf"), tarball});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.text()));
    QSet<QString> inTarball, inDeb;
    for (const QString &line : QString::fromUtf8(listed.out).split(u'\n', Qt::SkipEmptyParts))
        if (!line.endsWith(u'/'))
            inTarball.insert(line.section(u'/', 1)); // without the top folder showroom-<version>-Linux/
    for (const QString &file : debFiles())
        inDeb.insert(file.section(u'/', 1)); // without usr/
    QStringList onlyDeb = QStringList((inDeb - inTarball).values()), onlyTar = QStringList((inTarball - inDeb).values());
    QVERIFY2(onlyDeb.isEmpty() && onlyTar.isEmpty(),
             qPrintable(QStringLiteral("only in the .deb: %1\nonly in the tarball: %2")
                            .arg(onlyDeb.join(u' '), onlyTar.join(u' '))));
    QVERIFY(inTarball.contains(QStringLiteral("bin/showroom")));
    QVERIFY(inTarball.contains(QStringLiteral("share/showroom/developments/demo/development.json")));
}

QTEST_MAIN(tst_PackageChecks)
#include "tst_packagechecks.moc"
