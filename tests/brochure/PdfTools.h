// What a buyer's PDF reader would find in a brochure, through poppler-utils and zbar-tools: its text,
// its images, its fonts and what its QR code says.
#pragma once

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace pdftools {

// stdout of a tool, or "" (and *error) if it did not run or failed.
inline QString run(const QString &program, const QStringList &args, QString *error = nullptr,
                   int timeoutMs = 60000)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 %2: %3 %4")
                         .arg(program, args.join(u' '), QString::fromUtf8(p.readAllStandardError()),
                              p.errorString());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text in reading order, white space (line breaks inside a paragraph too) collapsed to single spaces.
inline QString text(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
}

// Rows of `pdfimages -list` (after its two header lines).
inline QStringList images(const QString &pdf)
{
    QStringList rows =
        run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).split(u'\n', Qt::SkipEmptyParts);
    return rows.mid(2);
}

// Rows of `pdffonts` (after its two header lines).
inline QStringList fonts(const QString &pdf)
{
    QStringList rows = run(QStringLiteral("pdffonts"), {pdf}).split(u'\n', Qt::SkipEmptyParts);
    return rows.mid(2);
}

// The "emb" column of a pdffonts row ("yes"/"no"): the columns after the name and type vary in width,
// so it is read from the end (emb sub uni object ID).
inline QString embedded(const QString &fontRow)
{
    const QStringList cols = fontRow.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    return cols.size() >= 5 ? cols.at(cols.size() - 5) : QString();
}

// Every QR code zbarimg finds on the page, rendered at 200 dpi ("QR-Code:" prefixes removed).
inline QStringList qrCodes(const QString &pdf, int page, QString *error = nullptr)
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"), QStringLiteral("-f"),
         QString::number(page), QStringLiteral("-l"), QString::number(page), QStringLiteral("-singlefile"),
         pdf, base},
        error);
    const QString out =
        run(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), base + QStringLiteral(".png")}, error);
    QStringList codes;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
        codes << (line.startsWith(QStringLiteral("QR-Code:")) ? line.mid(8) : line);
    return codes;
}

} // namespace pdftools
