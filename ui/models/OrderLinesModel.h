#pragma once

#include "app/domain/Types.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace bss {

// The lines of one order (an order holds few lines, so no paging). An incomplete line is the
// seed's red entry: red, with a warning marker before the product and the reasons in its
// tooltip; selected, it is highlighted in a darker red instead of the usual selection colour.
class OrderLinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Edit,
        Product,
        PlatformName,
        Seats,
        Band,
        UnitPrice,
        PeriodPrice,
        FirstPeriodCharge,
        ColumnCount
    };
    enum Role {
        CompleteRole = Qt::UserRole, // bool: the line has valid Seats
        // QBrush for a selected cell, QColor for its text; invalid: the view's selection colours.
        SelectedBackgroundRole,
        SelectedForegroundRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setLines(const QList<OrderLine> &lines, const QList<Platform> &platforms);
    const OrderLine *valueAt(int row) const;
    const QList<OrderLine> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString platformName(const QString &code) const;

    QList<OrderLine> m_lines;
    QList<Platform> m_platforms;
    // Made once: a QIcon made per cell parses and renders its SVG again on every paint.
    QIcon m_incompleteIcon{QStringLiteral(":/icons/error.svg")};
};

} // namespace bss
