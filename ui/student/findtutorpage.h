// "Find a tutor": the catalog of course packs (search with debounce, category, price range,
// scheduling type, tutor), shown as cards or as a list; a pack opens its page, a tutor their
// profile; "Choose lessons" opens the booking dialog, then the payment dialog.
#pragma once

#include "workspacecontext.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace tutorhub::models {
class PagedListModel;
}

namespace tutorhub::ui::student {

class PackView;
class TutorView;
class BookingDialog;
class PackCardDelegate;

class FindTutorPage : public QWidget
{
    Q_OBJECT

public:
    FindTutorPage(const WorkspaceContext &context, QWidget *parent = nullptr);

    models::PagedListModel *packs() const { return m_packs; }
    models::PagedListModel *categories() const { return m_categories; }
    models::PagedListModel *tutors() const { return m_tutors; }
    PackView *packView() const { return m_packView; }
    TutorView *tutorView() const { return m_tutorView; }
    bool isShowingCards() const;
    void showCards(bool cards);
    void openPack(const QJsonObject &pack);
    void openTutor(const QString &tutorProfileId);
    void showCatalog();
    // Opens the booking dialog for the pack shown (returns it; owned by the page's window).
    BookingDialog *openBooking(const QJsonObject &pack);
    QWidget *currentView() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // the card view's width -> card columns

private:
    void applyFilters();
    void fillCombos();

    WorkspaceContext m_ctx;
    models::PagedListModel *m_packs;
    models::PagedListModel *m_categories;
    models::PagedListModel *m_tutors;
    QStackedWidget *m_stack;
    QWidget *m_catalogPage;
    PackView *m_packView;
    TutorView *m_tutorView;
    QStackedWidget *m_views;
    QListView *m_cards;
    PackCardDelegate *m_cardDelegate = nullptr;
    QTableView *m_list;
    QToolButton *m_cardsButton;
    QToolButton *m_listButton;
    QLineEdit *m_search;
    QComboBox *m_category;
    QComboBox *m_scheduling;
    QComboBox *m_tutor;
    QSpinBox *m_minPrice;
    QSpinBox *m_maxPrice;
    QTimer *m_debounce;
};

} // namespace tutorhub::ui::student
