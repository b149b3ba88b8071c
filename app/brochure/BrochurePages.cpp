// The brochure's layout: a cover (the building with the home highlighted, the home's name, price and key
// figures, the development's description), the home (floor plan, the inside and the balcony view, every
// fact) and the finishes and whom to call (swatches, the QR code and its code, the sales office).
// Measures are millimetres on A4 (210 x 297); fonts are DejaVu (TrueType, embedded by QPdfWriter).
#include "brochure/BrochurePages.h"

#include "brochure/QrCode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

namespace showroom::brochure {

namespace {

constexpr double PageW = 210, PageH = 297, Margin = 16;
constexpr int Dpi = 300;
const QColor Ink(0x22, 0x2a, 0x2e), Muted(0x6b, 0x73, 0x78), Accent(0x2f, 0x4f, 0x45), Gold(0xa8, 0x84, 0x4e),
    Paper(0xf6, 0xf3, 0xee), Rule(0xd9, 0xd4, 0xcb);
const QString Serif = QStringLiteral("DejaVu Serif"), Sans = QStringLiteral("DejaVu Sans");

class Sheet
{
public:
    explicit Sheet(QPainter &painter) : p(painter) {}

    QPainter &p;
    static constexpr double Unit = Dpi / 25.4; // device pixels per millimetre

    static QRectF mm(double x, double y, double w, double h)
    {
        return {x * Unit, y * Unit, w * Unit, h * Unit};
    }

    // No ligatures or letter spacing: a PDF reader's search and copy then find "floor", not "ﬂoor".
    static QFont font(const QString &family, double points, int weight = QFont::Normal)
    {
        QFont f(family);
        f.setPointSizeF(points);
        f.setWeight(QFont::Weight(weight));
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    }

    // Draws text in a box (mm); returns the height it took (mm).
    double text(double x, double y, double w, double h, const QString &s, const QFont &f, const QColor &c,
                int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap)
    {
        p.setFont(f);
        p.setPen(c);
        QRectF used;
        p.drawText(mm(x, y, w, h), flags, s, &used);
        return used.height() / Unit;
    }

    void fill(double x, double y, double w, double h, const QColor &c) { p.fillRect(mm(x, y, w, h), c); }

    void rule(double x, double y, double w, const QColor &c = Rule, double thickness = 0.25)
    {
        fill(x, y, w, thickness, c);
    }

    // The image scaled to cover the box, centred, cropped; at most 300 dpi of pixels embedded.
    void cover(const QImage &image, double x, double y, double w, double h)
    {
        if (image.isNull())
            return;
        const double boxAspect = w / h, imageAspect = double(image.width()) / image.height();
        QRect source = image.rect();
        if (imageAspect > boxAspect) {
            const int cw = int(image.height() * boxAspect);
            source = QRect((image.width() - cw) / 2, 0, cw, image.height());
        } else {
            const int ch = int(image.width() / boxAspect);
            source = QRect(0, (image.height() - ch) / 2, image.width(), ch);
        }
        drawScaled(image.copy(source), mm(x, y, w, h));
    }

    // The image fitted inside the box, centred.
    void fit(const QImage &image, double x, double y, double w, double h)
    {
        if (image.isNull())
            return;
        const double scale = std::min(w / image.width(), h / image.height());
        const double iw = image.width() * scale, ih = image.height() * scale;
        drawScaled(image, mm(x + (w - iw) / 2, y + (h - ih) / 2, iw, ih));
    }

    void drawScaled(const QImage &image, const QRectF &target)
    {
        const QSize most = target.size().toSize();
        const QImage sized = image.width() > most.width() * 1.05
                                 ? image.scaled(most, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                 : image;
        p.drawImage(target, sized.convertToFormat(QImage::Format_RGB32));
    }

    // A small capitalised label with letter spacing ("FLOOR PLAN").
    void label(double x, double y, double w, const QString &s, const QColor &c = Gold)
    {
        text(x, y, w, 5, s.toUpper(), font(Sans, 7.5, QFont::DemiBold), c);
    }

    void header(const BrochureContent &c, int page, int pages)
    {
        text(Margin, 9, 120, 5, c.developmentName.toUpper(), font(Sans, 7.5, QFont::DemiBold), Accent);
        text(PageW - Margin - 80, 9, 80, 5, c.unitTitle, font(Sans, 7.5), Muted,
             Qt::AlignRight | Qt::AlignTop);
        rule(Margin, 14.5, PageW - 2 * Margin);
        text(Margin, PageH - 10, PageW - 2 * Margin, 5, QStringLiteral("%1 / %2").arg(page).arg(pages),
             font(Sans, 7), Muted, Qt::AlignRight | Qt::AlignTop);
        text(Margin, PageH - 10, 150, 5, c.madeOnText, font(Sans, 7), Muted);
    }

    void qr(const QrCode &code, double x, double y, double side)
    {
        if (code.size == 0)
            return;
        const int quiet = 4; // the quiet zone scanners need around the code
        const double module = side / (code.size + 2 * quiet);
        fill(x, y, side, side, Qt::white);
        QPainterPath path;
        path.setFillRule(Qt::WindingFill);
        for (int row = 0; row < code.size; ++row)
            for (int col = 0; col < code.size; ++col)
                if (code.isDark(col, row))
                    path.addRect(mm(x + (col + quiet) * module, y + (row + quiet) * module, module, module));
        p.fillPath(path, Qt::black);
    }
};

void coverPage(Sheet &s, const BrochureContent &c)
{
    // The building, full bleed, with the development's name on a dark band at its foot.
    // As tall as the still's own shape allows (a 16:9 screen: 118 mm), so none of its pixels are wasted.
    const double ImageH =
        c.cover.isNull() ? 140 : std::clamp(PageW * c.cover.height() / c.cover.width(), 118.0, 168.0);
    if (!c.cover.isNull())
        s.cover(c.cover, 0, 0, PageW, ImageH);
    else
        s.fill(0, 0, PageW, ImageH, Accent);
    s.fill(0, ImageH, PageW, 1.2, Gold);

    double y = ImageH + 10;
    s.text(Margin, y - 1, 120, 7, c.developmentName, Sheet::font(Serif, 11, QFont::Normal), Gold);
    y += 6;
    s.text(Margin, y, 120, 16, c.unitTitle, Sheet::font(Serif, 28, QFont::Bold), Ink);
    s.text(Margin, y + 14, 120, 7, c.unitSubtitle, Sheet::font(Sans, 10), Muted);
    // Price and status on the right.
    s.text(PageW - Margin - 70, y + 1, 70, 12, c.priceText, Sheet::font(Serif, 22, QFont::Bold), Accent,
           Qt::AlignRight | Qt::AlignTop);
    s.text(PageW - Margin - 70, y + 12, 70, 6, c.statusText, Sheet::font(Sans, 9, QFont::DemiBold), Gold,
           Qt::AlignRight | Qt::AlignTop);

    // The key figures in a row between two rules.
    y += 26;
    const double w = PageW - 2 * Margin;
    s.rule(Margin, y, w);
    const double col = w / std::max<qsizetype>(1, c.keyFacts.size());
    for (int i = 0; i < c.keyFacts.size(); ++i) {
        const double x = Margin + i * col;
        s.label(x, y + 3.5, col - 3, c.keyFacts.at(i).label, Muted);
        s.text(x, y + 8.5, col - 3, 8, c.keyFacts.at(i).value, Sheet::font(Serif, 13, QFont::DemiBold), Ink);
    }
    y += 18;
    s.rule(Margin, y, w);

    y += 8;
    s.label(Margin, y, w, QCoreApplication::translate("Brochure", "The development"));
    y += 6;
    y += s.text(Margin, y, w * 0.8, PageH - 60 - y, c.description, Sheet::font(Serif, 11), Ink,
                Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);

    // The home's selling points as quiet chips.
    y += 8;
    double x = Margin;
    const QFont chip = Sheet::font(Sans, 8.5, QFont::DemiBold);
    const QFontMetricsF metrics(chip, s.p.device());
    for (const QString &h : c.highlights) {
        const double cw = metrics.horizontalAdvance(h) / Sheet::Unit + 8;
        if (x + cw > PageW - Margin)
            break;
        s.fill(x, y, cw, 8, Paper);
        s.text(x, y, cw, 8, h, chip, Accent, Qt::AlignCenter);
        x += cw + 3;
    }

    // Address and completion on the foot band.
    s.fill(0, PageH - 20, PageW, 20, Accent);
    s.text(Margin, PageH - 15, 120, 10, c.address, Sheet::font(Sans, 8.5), Qt::white,
           Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
    s.text(PageW - Margin - 70, PageH - 15, 70, 10, c.completionText, Sheet::font(Sans, 8.5, QFont::DemiBold),
           Qt::white, Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap);
}

void stillOrNote(Sheet &s, const QImage &image, const QString &note, const QString &caption, double x,
                 double y, double w, double h)
{
    if (!image.isNull()) {
        s.cover(image, x, y, w, h);
    } else {
        s.fill(x, y, w, h, Paper);
        s.text(x + 8, y, w - 16, h, note, Sheet::font(Sans, 9), Muted, Qt::AlignCenter | Qt::TextWordWrap);
    }
    s.label(x, y + h + 2.5, w, caption, Muted);
}

void homePage(Sheet &s, const BrochureContent &c)
{
    s.header(c, 2, 3);
    const double w = PageW - 2 * Margin;
    double y = 22;
    s.text(Margin, y, w, 12, QCoreApplication::translate("Brochure", "Your new home"),
           Sheet::font(Serif, 20, QFont::Bold), Ink);
    y += 13;

    // The plan on white paper, framed, the width of the page.
    constexpr double PlanH = 100;
    s.fill(Margin, y, w, PlanH, Qt::white);
    s.p.setPen(QPen(Rule, 0.3 * Sheet::Unit));
    s.p.drawRect(Sheet::mm(Margin, y, w, PlanH));
    if (!c.plan.isNull())
        s.fit(c.plan, Margin + 3, y + 3, w - 6, PlanH - 6);
    else
        s.text(Margin, y, w, PlanH,
               QCoreApplication::translate("Brochure", "Floor plan available from the sales team."),
               Sheet::font(Sans, 9), Muted, Qt::AlignCenter | Qt::TextWordWrap);
    s.label(Margin, y + PlanH + 2.5, w, QCoreApplication::translate("Brochure", "Floor plan"), Muted);

    // The inside and the view out, side by side.
    y += PlanH + 10;
    const double sw = (w - 6) / 2, sh = sw * 0.62;
    stillOrNote(s, c.inside, c.insideNote, QCoreApplication::translate("Brochure", "Inside"), Margin, y, sw,
                sh);
    stillOrNote(s, c.balcony, c.balconyNote,
                QCoreApplication::translate("Brochure", "The view from the balcony"), Margin + sw + 6, y, sw,
                sh);
    y += sh + 11;

    // Every fact in two columns, read down the left column first.
    s.label(Margin, y, w, QCoreApplication::translate("Brochure", "The facts"));
    y += 6;
    const int rows = int((c.facts.size() + 1) / 2);
    for (int i = 0; i < c.facts.size(); ++i) {
        const Fact &f = c.facts.at(i);
        const double fx = Margin + (i / rows) * (sw + 6), fy = y + (i % rows) * 5.6;
        s.text(fx, fy, sw * 0.48, 6, f.label, Sheet::font(Sans, 8.5), Muted);
        s.text(fx + sw * 0.4, fy, sw * 0.6, 6, f.value, Sheet::font(Sans, 8.5, QFont::DemiBold), Ink,
               Qt::AlignRight | Qt::AlignTop);
        s.rule(fx, fy + 4.7, sw);
    }
    y += rows * 5.6 + 5;
    s.text(
        Margin, y, w, 12,
        QCoreApplication::translate(
            "Brochure",
            "Illustrations are computer renders of the planned development and may differ from the finished "
            "homes in detail."),
        Sheet::font(Sans, 7, QFont::Normal), Muted, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
}

void finishesPage(Sheet &s, const BrochureContent &c)
{
    s.header(c, 3, 3);
    const double w = PageW - 2 * Margin;
    double y = 22;
    s.text(Margin, y, w, 12, QCoreApplication::translate("Brochure", "Your finishes"),
           Sheet::font(Serif, 20, QFont::Bold), Ink);
    y += 13;
    s.text(Margin, y, w, 12, c.finishesNote, Sheet::font(Sans, 9.5), Ink);
    y += 11;

    // Swatch cards, three to a row.
    constexpr int PerRow = 3;
    constexpr double Gap = 6, CardH = 42;
    const double cw = (w - Gap * (PerRow - 1)) / PerRow;
    for (int i = 0; i < c.finishes.size(); ++i) {
        const FinishLine &f = c.finishes.at(i);
        const double x = Margin + (i % PerRow) * (cw + Gap), cy = y + (i / PerRow) * (CardH + Gap);
        s.fill(x, cy, cw, CardH, Paper);
        constexpr double Sw = 24;
        s.fill(x + 3, cy + 3, Sw, Sw, f.color);
        if (!f.texture.isNull())
            s.cover(f.texture, x + 3, cy + 3, Sw, Sw);
        s.p.setPen(QPen(Rule, 0.3 * Sheet::Unit));
        s.p.setBrush(Qt::NoBrush);
        s.p.drawRect(Sheet::mm(x + 3, cy + 3, Sw, Sw)); // white doors on paper still show their edge
        s.label(x + Sw + 6, cy + 3.5, cw - Sw - 8, f.surface, Muted);
        s.text(x + Sw + 6, cy + 8.5, cw - Sw - 8, 12, f.finish, Sheet::font(Sans, 9, QFont::DemiBold), Ink);
        s.text(x + 3, cy + Sw + 5, cw - 6, 6, f.palette, Sheet::font(Sans, 8), Muted);
        s.text(x + 3, cy + Sw + 10, cw - 6, 6, f.priceText, Sheet::font(Sans, 8, QFont::DemiBold), Accent);
    }
    const int rows = int((c.finishes.size() + PerRow - 1) / PerRow);
    y += rows * (CardH + Gap) + 4;

    if (!c.completionText.isEmpty()) {
        s.label(Margin, y, w, QCoreApplication::translate("Brochure", "Moving in"));
        s.text(Margin, y + 5, w, 8, c.completionText, Sheet::font(Serif, 12, QFont::DemiBold), Ink);
        y += 18;
    }

    // Whom to call, and the code that brings this home back on any Showroom screen.
    constexpr double BoxH = 58;
    const double by = std::max(y, PageH - 34 - BoxH);
    s.fill(Margin, by, w, BoxH, Paper);
    s.label(Margin + 6, by + 6, 100, QCoreApplication::translate("Brochure", "Talk to us"));
    s.text(Margin + 6, by + 12, 100, 8, c.officeName, Sheet::font(Serif, 13, QFont::Bold), Ink);
    double ly = by + 21;
    for (const QString &line : c.officeLines)
        ly += s.text(Margin + 6, ly, 100, 10, line, Sheet::font(Sans, 9), Ink) + 1.2;

    constexpr double QrSide = 44;
    const double qx = Margin + w - QrSide - 6, qy = by + 6;
    s.qr(encodeQr(c.qrText), qx, qy, QrSide);
    s.text(qx - 58, qy + 4, 54, 8, QCoreApplication::translate("Brochure", "Your code"),
           Sheet::font(Sans, 7.5, QFont::DemiBold), Gold, Qt::AlignRight | Qt::AlignTop);
    s.text(qx - 58, qy + 9, 54, 10, c.resumeCode,
           QFont(Sheet::font(QStringLiteral("DejaVu Sans Mono"), 15, QFont::Bold)), Ink,
           Qt::AlignRight | Qt::AlignTop);
    s.text(qx - 58, qy + 19, 54, 40,
           QCoreApplication::translate(
               "Brochure",
               "Scan the code or type it at any Showroom screen to see this home again with your finishes."),
           Sheet::font(Sans, 8), Muted, Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap);
    s.text(Margin, by + BoxH + 4, w, 10, c.smallPrint, Sheet::font(Sans, 7), Muted,
           Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
}

} // namespace

QString writeBrochurePages(const BrochureContent &content, const QString &path)
{
    if (content.unitTitle.isEmpty())
        return QCoreApplication::translate("Brochure", "nothing to print: the home is unknown");
    const QFileInfo file(path);
    if (!QDir().mkpath(file.absolutePath()))
        return QCoreApplication::translate("Brochure", "cannot create the folder %1")
            .arg(QDir::toNativeSeparators(file.absolutePath()));
    const QString partial = path + QStringLiteral(".part"); // staff never see a half-written brochure
    {
        QPdfWriter writer(partial);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(Dpi);
        writer.setTitle(QStringLiteral("%1 · %2").arg(content.developmentName, content.unitTitle));
        writer.setCreator(QStringLiteral("Showroom %1").arg(QStringLiteral(SHOWROOM_VERSION)));
        QPainter painter;
        if (!painter.begin(&writer))
            return QCoreApplication::translate("Brochure", "cannot write %1")
                .arg(QDir::toNativeSeparators(path));
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        Sheet sheet(painter);
        coverPage(sheet, content);
        writer.newPage();
        homePage(sheet, content);
        writer.newPage();
        finishesPage(sheet, content);
        if (!painter.end())
            return QCoreApplication::translate("Brochure", "cannot finish %1")
                .arg(QDir::toNativeSeparators(path));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return QCoreApplication::translate("Brochure", "cannot write %1").arg(QDir::toNativeSeparators(path));
    }
    return {};
}

} // namespace showroom::brochure
