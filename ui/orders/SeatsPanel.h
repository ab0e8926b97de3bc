#pragma once

#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <QGroupBox>

#include <memory>
#include <optional>

namespace Ui {
class SeatsPanel;
}

namespace bss {

class Backend;
class BusyIndicator;

// The management panel behind an order line's pencil button: the Seats characteristic within
// the product's min/max/step, and the band, unit price, period price and first-period charge
// the Backend quotes for it, recalculated as Seats change. The UI never computes a price.
class SeatsPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit SeatsPanel(QWidget *parent = nullptr);
    ~SeatsPanel() override;

    void setBackend(Backend *backend, BusyIndicator *busy);
    void edit(const OrderLine &line, const std::optional<Product> &product);
    std::optional<Id> lineId() const { return m_lineId; }
    int seats() const;
    void setSeats(int seats);
    // True while the figures shown were quoted for the Seats shown.
    bool isQuoted() const { return m_quotedSeats && *m_quotedSeats == seats(); }
    void showError(const Error &error);
    void setSaving(bool saving);
    void save();

Q_SIGNALS:
    void saveRequested(bss::Id lineId, int seats);
    void closeRequested();
    void quoted();

private:
    void requestQuote();

    std::unique_ptr<Ui::SeatsPanel> m_ui;
    Backend *m_backend = nullptr;
    BusyIndicator *m_busy = nullptr;
    std::optional<Id> m_lineId;
    std::optional<Product> m_product;
    std::optional<int> m_quotedSeats;
    int m_generation = 0;
};

} // namespace bss
