#include "ui/common/ProductTree.h"

#include "ui/common/Accessibility.h"
#include "ui/common/Format.h"

#include <QHeaderView>
#include <QLocale>

#include <algorithm>

namespace bss {

namespace {
constexpr int IdRole = Qt::UserRole;
}

ProductTree::ProductTree(QWidget *parent)
    : QTreeWidget(parent) {
    setColumnCount(4);
    setHeaderLabels({tr("Product"), tr("Seats"), tr("Billing period"), tr("First period")});
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // A product selected by assistive technology becomes the current one (Add reads it).
    accessibility::followSelection(this);
    connect(this, &QTreeWidget::currentItemChanged, this,
            [this] { Q_EMIT currentProductChanged(); });
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, IdRole).isValid())
            Q_EMIT productActivated();
    });
}

void ProductTree::setCatalog(const QList<Product> &products, const QList<Platform> &platforms) {
    m_products = products;
    clear();
    QList<Platform> groups = platforms;
    for (const Product &p : products) {
        const bool known = std::any_of(groups.cbegin(), groups.cend(),
                                       [&p](const Platform &g) { return g.code == p.platform; });
        if (!known)
            groups.append({p.platform, Format::platformName(p.platform)});
    }
    for (const Platform &platform : std::as_const(groups)) {
        QTreeWidgetItem *group = nullptr;
        for (const Product &p : products) {
            if (p.platform != platform.code)
                continue;
            if (!group) {
                group = new QTreeWidgetItem(this, {platform.name});
                group->setFlags(Qt::ItemIsEnabled);
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
                group->setFirstColumnSpanned(true);
            }
            auto *item = new QTreeWidgetItem(
                group,
                {p.name,
                 tr("%1–%2").arg(QLocale().toString(p.minSeats), QLocale().toString(p.maxSeats)),
                 Format::billingPeriod(p.billingPeriod),
                 p.freePeriods > 0 ? tr("Free") : tr("Charged")});
            item->setData(0, IdRole, QVariant::fromValue<qint64>(p.id));
            item->setToolTip(0, p.name);
            item->setToolTip(1, Format::seatLimits(p));
        }
    }
    // Only the platforms: expandAll() would also mark the products expanded, which screen
    // readers then announce for rows that have nothing to expand.
    for (int g = 0; g < topLevelItemCount(); ++g)
        topLevelItem(g)->setExpanded(true);
}

std::optional<Product> ProductTree::currentProduct() const {
    const QTreeWidgetItem *item = currentItem();
    if (!item || !item->data(0, IdRole).isValid())
        return std::nullopt;
    const Id id = item->data(0, IdRole).value<qint64>();
    for (const Product &p : m_products) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

bool ProductTree::selectProduct(Id id) {
    for (int g = 0; g < topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, IdRole).value<qint64>() == id) {
                setCurrentItem(group->child(i));
                return true;
            }
        }
    }
    return false;
}

bool ProductTree::selectFirst() {
    if (topLevelItemCount() == 0 || topLevelItem(0)->childCount() == 0)
        return false;
    setCurrentItem(topLevelItem(0)->child(0));
    return true;
}

bool ProductTree::selectProductNamed(const QString &text) {
    for (const Product &p : std::as_const(m_products)) {
        if (p.name.contains(text, Qt::CaseInsensitive))
            return selectProduct(p.id);
    }
    return false;
}

} // namespace bss
