#include "ui/models/OrderLinesModel.h"

#include "ui/common/Format.h"
#include "ui/common/Palette.h"

#include <QBrush>
#include <QColor>
#include <QIcon>
#include <QLocale>

namespace bss {

namespace {

// The seed's red entry: a pale red row with dark red text; selected, dark red with white text,
// so the line stays recognisably red while its pencil panel is open.
const QColor IncompleteBackground = palette::incompleteBackground();
const QColor IncompleteText = palette::text(palette::Tone::Error);
const QColor IncompleteSelected = palette::text(palette::Tone::Error);
const QColor IncompleteSelectedText = palette::selectedText();

} // namespace

void OrderLinesModel::setLines(const QList<OrderLine> &lines, const QList<Platform> &platforms) {
    beginResetModel();
    m_lines = lines;
    m_platforms = platforms;
    endResetModel();
}

const OrderLine *OrderLinesModel::valueAt(int row) const {
    return row >= 0 && row < m_lines.size() ? &m_lines.at(row) : nullptr;
}

int OrderLinesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int OrderLinesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrderLinesModel::platformName(const QString &code) const {
    for (const Platform &p : m_platforms) {
        if (p.code == code)
            return p.name;
    }
    return Format::platformName(code);
}

QVariant OrderLinesModel::data(const QModelIndex &index, int role) const {
    const OrderLine *line = index.isValid() ? valueAt(index.row()) : nullptr;
    if (!line)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::BackgroundRole:
        return line->complete ? QVariant() : QVariant(QBrush(IncompleteBackground));
    case Qt::ForegroundRole:
        return line->complete ? QVariant() : QVariant(QBrush(IncompleteText));
    case SelectedBackgroundRole:
        return line->complete ? QVariant() : QVariant(QBrush(IncompleteSelected));
    case SelectedForegroundRole:
        return line->complete ? QVariant() : QVariant(IncompleteSelectedText);
    case Qt::DecorationRole:
        // A marker that does not depend on colour alone.
        if (!line->complete && column == Product)
            return m_incompleteIcon;
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        // The red, the icon and the tooltip in words, for screen readers and QA automation.
        if (!line->complete)
            return tr("Incomplete: %1").arg(line->problems.join(QStringLiteral("; ")));
        return role == Qt::AccessibleDescriptionRole ? QVariant(tr("Complete")) : QVariant();
    case Qt::AccessibleTextRole:
        // The pencil's cell reads what Enter or Edit line does there.
        if (column == Edit)
            return tr("Edit %1").arg(line->productName);
        return {};
    case Qt::TextAlignmentRole:
        if (column >= Seats && column != Band)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CompleteRole:
        return line->complete;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const bool priced = line->complete && line->band.has_value();
    switch (column) {
    case Product:
        return line->productName;
    case PlatformName:
        return platformName(line->platform);
    case Seats:
        return line->seats ? QLocale().toString(*line->seats) : tr("not set");
    case Band:
        return line->band ? Format::band(*line->band) : QString();
    case UnitPrice:
        return priced ? Format::money(line->unitPrice) : QString();
    case PeriodPrice:
        return priced ? Format::money(line->periodPrice) : QString();
    case FirstPeriodCharge:
        return priced ? Format::money(line->firstPeriodCharge) : QString();
    default:
        return {};
    }
}

QVariant OrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    // Amounts and counts line up under a right-aligned title.
    if (role == Qt::TextAlignmentRole)
        return section >= Seats && section != Band
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Edit:
        return QString();
    case Product:
        return tr("Product");
    case PlatformName:
        return tr("Platform");
    case Seats:
        return tr("Seats");
    case Band:
        return tr("Band");
    case UnitPrice:
        return tr("Unit price");
    case PeriodPrice:
        return tr("Period price");
    case FirstPeriodCharge:
        return tr("First-period charge");
    default:
        return {};
    }
}

} // namespace bss
