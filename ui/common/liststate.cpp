#include "liststate.h"

#include "busyindicator.h"

#include "models/format.h"
#include "models/pagedlistmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace tutorhub::ui {

ListState::ListState(QWidget *parent) : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 4, 0, 4);
    m_busy = new BusyIndicator(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("ListStateText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setAccessibleName(tr("Retry loading"));
    m_retry->hide();
    row->addWidget(m_busy);
    row->addWidget(m_text, 1);
    row->addWidget(m_retry);
    m_empty = tr("Nothing to show.");
    // The offline notice's age ("5 minutes ago") follows the clock while it shows.
    m_ageTimer = new QTimer(this);
    m_ageTimer->setInterval(60 * 1000);
    connect(m_ageTimer, &QTimer::timeout, this, &ListState::update);
    hide();
}

void ListState::setModel(models::PagedListModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &models::PagedListModel::stateChanged, this, &ListState::update);
        connect(model, &models::PagedListModel::modelReset, this, &ListState::update);
        connect(model, &models::PagedListModel::rowsInserted, this, &ListState::update);
        connect(model, &models::PagedListModel::rowsRemoved, this, &ListState::update);
        connect(model, &models::PagedListModel::cachedChanged, this, &ListState::update);
        connect(m_retry, &QPushButton::clicked, model, [model] {
            if (model->hasLoaded())
                model->fetchMore();
            if (!model->hasLoaded() || model->state() == models::PagedListModel::State::Error)
                model->refresh();
        });
    }
    update();
}

void ListState::setEmptyText(const QString &text)
{
    m_empty = text;
    update();
}

QString ListState::text() const
{
    return m_text->text();
}

void ListState::update()
{
    m_showingError = false;
    m_showingOffline = false;
    m_ageTimer->stop();
    if (!m_model) {
        hide();
        return;
    }
    switch (m_model->state()) {
    case models::PagedListModel::State::Loading:
        m_busy->start();
        m_retry->hide();
        m_text->setText(m_model->rowCount() == 0 ? tr("Loading…") : QString());
        setVisible(true);
        return;
    case models::PagedListModel::State::Error:
        m_busy->stop();
        m_text->setText(m_model->errorText());
        m_retry->show();
        m_showingError = true;
        setVisible(true);
        return;
    case models::PagedListModel::State::Idle:
        m_busy->stop();
        m_retry->hide();
        if (m_model->isShowingCached()) {
            // U44: the rows are the last ones the server gave; say so and how old they are.
            m_text->setText(models::Format::offlineNotice(m_model->cachedAt()));
            m_showingOffline = true;
            if (!m_ageTimer->isActive())
                m_ageTimer->start();
            setVisible(true);
        } else if (m_model->hasLoaded() && m_model->rowCount() == 0) {
            m_text->setText(m_empty);
            setVisible(true);
        } else {
            m_text->clear();
            setVisible(false);
        }
        return;
    }
}

} // namespace tutorhub::ui
