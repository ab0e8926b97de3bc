#include "ui/common/MessageBar.h"

#include "ui/common/Palette.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace bss {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("messageBar"));
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_icon = new QLabel(this);
    m_icon->setFixedSize(20, 20);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setAccessibleDescription(tr("Message")); // its name is the message itself
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_action->setAutoDefault(false);
    m_action->setAccessibleName(tr("Message action")); // until a message names what it does
    m_action->setVisible(false);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setToolTip(tr("Close"));
    m_close->setAutoRaise(true);
    m_close->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);
    connect(m_action, &QPushButton::clicked, this, [this] {
        const std::function<void()> callback = m_callback; // clear() drops it
        clear();
        if (callback)
            callback();
    });
    setVisible(false);
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &actionText,
                             std::function<void()> action) {
    showMessage(kind, text);
    m_callback = std::move(action);
    m_action->setText(actionText);
    m_action->setAccessibleName(QString(actionText).remove(QLatin1Char('&')));
    if (actionText.isEmpty())
        m_callback = nullptr;
    m_action->setVisible(bool(m_callback));
}

void MessageBar::showMessage(Kind kind, const QString &text) {
    m_kind = kind;
    m_callback = nullptr;
    m_action->setVisible(false);
    palette::Tone tone = palette::Tone::Info;
    QString icon;
    switch (kind) {
    case Kind::Info:
        icon = QStringLiteral(":/icons/info.svg");
        m_icon->setAccessibleName(tr("Information"));
        break;
    case Kind::Success:
        tone = palette::Tone::Ok;
        icon = QStringLiteral(":/icons/ok.svg");
        m_icon->setAccessibleName(tr("Done"));
        break;
    case Kind::Error:
        tone = palette::Tone::Error;
        icon = QStringLiteral(":/icons/error.svg");
        m_icon->setAccessibleName(tr("Error"));
        break;
    }
    setStyleSheet(
        QStringLiteral(
            "bss--MessageBar { background: %1; border: 1px solid %2; border-radius: 4px; }"
            " QLabel { color: %3; }")
            .arg(palette::css(palette::background(tone)), palette::css(palette::border(tone)),
                 palette::css(palette::text(palette::Tone::Info))));
    m_icon->setPixmap(QIcon(icon).pixmap(20, 20));
    m_text->setText(text);
    setVisible(true);
}

void MessageBar::clear() {
    m_callback = nullptr;
    m_action->setVisible(false);
    m_text->clear();
    setVisible(false);
}

QString MessageBar::text() const {
    return m_text->text();
}

QString MessageBar::actionText() const {
    return m_callback ? m_action->text() : QString();
}

} // namespace bss
