#include "findtutorpage.h"

#include "bookingdialog.h"
#include "packview.h"
#include "paymentdialog.h"
#include "studentcommon.h"

#include "common/visiblerows.h"
#include "common/columnfitter.h"
#include "common/flowlayout.h"
#include "common/liststate.h"
#include "models/format.h"
#include "models/labels.h"
#include "models/pagedlistmodel.h"
#include "models/student/studentlists.h"
#include "common/prompter.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tutorhub::ui::student {

using models::Format;
using models::PagedListModel;

namespace {
constexpr int kResidentPages = 6; // pages of 24 packs: a screenful of cards and more either side (F34)
}

FindTutorPage::FindTutorPage(const WorkspaceContext &context, QWidget *parent) : QWidget(parent), m_ctx(context)
{
    m_packs = models::student::coursePacksModel(context.client, this);
    m_packs->setPageSize(24);
    m_categories = models::student::categoriesModel(context.client, this);
    m_tutors = models::student::tutorsModel(context.client, this);
    m_tutors->setPageSize(100);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    // --- the catalog ---------------------------------------------------------------------------
    m_catalogPage = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(m_catalogPage);
    // Search and filters wrap onto a second row on a narrow window (L2).
    auto *filterBar = new QWidget(m_catalogPage);
    auto *filters = new FlowLayout(filterBar);
    filters->setContentsMargins(0, 0, 0, 0);
    m_search = named(new QLineEdit(m_catalogPage), tr("Search course packs"), "catalogSearch");
    m_search->setPlaceholderText(tr("Search course packs by title"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 56);
    filters->addWidget(m_search, 2);
    m_category = named(new QComboBox(m_catalogPage), tr("Category"), "catalogCategory");
    m_category->addItem(tr("All categories"), QString());
    filters->addWidget(m_category, 1);
    m_scheduling = named(new QComboBox(m_catalogPage), tr("Scheduling"), "catalogScheduling");
    m_scheduling->addItem(tr("Any scheduling"), QString());
    for (const QString &v : models::Labels::enumValues(QStringLiteral("coursePack"), QStringLiteral("schedulingType")))
        m_scheduling->addItem(
            models::Labels::enumLabel(QStringLiteral("coursePack"), QStringLiteral("schedulingType"), v), v);
    filters->addWidget(m_scheduling, 1);
    m_tutor = named(new QComboBox(m_catalogPage), tr("Tutor"), "catalogTutor");
    m_tutor->addItem(tr("All tutors"), QString());
    filters->addWidget(m_tutor, 1);
    layout->addWidget(filterBar);

    auto *second = new QHBoxLayout;
    second->addWidget(new QLabel(tr("Price per lesson (€):"), m_catalogPage));
    m_minPrice = named(new QSpinBox(m_catalogPage), tr("Lowest price per lesson"), "catalogMinPrice");
    m_maxPrice = named(new QSpinBox(m_catalogPage), tr("Highest price per lesson"), "catalogMaxPrice");
    for (QSpinBox *s : {m_minPrice, m_maxPrice}) {
        s->setRange(0, 1000);
        s->setSpecialValueText(tr("any"));
    }
    second->addWidget(m_minPrice);
    second->addWidget(new QLabel(QStringLiteral("–"), m_catalogPage));
    second->addWidget(m_maxPrice);
    second->addStretch();
    m_cardsButton = named(new QToolButton(m_catalogPage), tr("Show as cards"), "catalogCards");
    m_cardsButton->setText(tr("Cards"));
    m_listButton = named(new QToolButton(m_catalogPage), tr("Show as list"), "catalogList");
    m_listButton->setText(tr("List"));
    auto *group = new QButtonGroup(this);
    for (QToolButton *b : {m_cardsButton, m_listButton}) {
        b->setCheckable(true);
        group->addButton(b);
        second->addWidget(b);
    }
    m_cardsButton->setChecked(true);
    layout->addLayout(second);

    m_views = new QStackedWidget(m_catalogPage);
    m_cards = named(new QListView(m_views), tr("Course packs"), "catalogCardView");
    m_cards->setViewMode(QListView::IconMode);
    m_cards->setResizeMode(QListView::Adjust);
    m_cards->setMovement(QListView::Static);
    m_cards->setUniformItemSizes(false); // the card width follows the view's (PackCardDelegate::fitTo)
    m_cards->setSpacing(2);
    m_cards->setWordWrap(true);
    m_cards->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cardDelegate = new PackCardDelegate(m_cards);
    m_cards->setItemDelegate(m_cardDelegate);
    m_cards->viewport()->installEventFilter(this);
    m_cards->setModel(m_packs);
    m_list = named(new QTableView(m_views), tr("Course packs"), "catalogListView");
    m_list->setModel(m_packs);
    m_list->setTabKeyNavigation(false); // arrows move inside, Tab leaves (P31)
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSortingEnabled(true);
    ColumnFitter::install(m_list, 0);
    m_list->verticalHeader()->hide();
    // The catalog holds the pages around the rows shown, not every page scrolled past (F34).
    m_packs->setResidentPages(kResidentPages);
    VisibleRowsTracker::install(m_cards, m_packs);
    VisibleRowsTracker::install(m_list, m_packs);
    m_views->addWidget(m_cards);
    m_views->addWidget(m_list);
    layout->addWidget(m_views, 1);
    auto *state = new ListState(m_catalogPage);
    state->setModel(m_packs);
    state->setEmptyText(tr("No course packs match these filters."));
    layout->addWidget(state);
    m_stack->addWidget(m_catalogPage);

    // --- pack and tutor pages ------------------------------------------------------------------
    m_packView = new PackView(context, m_stack);
    m_tutorView = new TutorView(context, m_stack);
    m_stack->addWidget(m_packView);
    m_stack->addWidget(m_tutorView);
    connect(m_packView, &PackView::backRequested, this, &FindTutorPage::showCatalog);
    connect(m_packView, &PackView::tutorRequested, this, &FindTutorPage::openTutor);
    connect(m_packView, &PackView::bookRequested, this, &FindTutorPage::openBooking);
    connect(m_tutorView, &TutorView::backRequested, this, &FindTutorPage::showCatalog);
    connect(m_tutorView, &TutorView::packRequested, this, &FindTutorPage::openPack);

    // --- behaviour -----------------------------------------------------------------------------
    connect(m_cardsButton, &QToolButton::toggled, this, [this](bool on) { showCards(on); });
    connect(m_listButton, &QToolButton::toggled, this, [this](bool on) { showCards(!on); });
    auto open = [this](const QModelIndex &index) { openPack(m_packs->object(index.row())); };
    connect(m_cards, &QListView::activated, this, open);
    connect(m_list, &QTableView::activated, this, open);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &FindTutorPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_minPrice, qOverload<int>(&QSpinBox::valueChanged), m_debounce, qOverload<>(&QTimer::start));
    connect(m_maxPrice, qOverload<int>(&QSpinBox::valueChanged), m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *c : {m_category, m_scheduling, m_tutor})
        connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this, &FindTutorPage::applyFilters);
    connect(m_categories, &PagedListModel::pageLoaded, this, &FindTutorPage::fillCombos);
    connect(m_tutors, &PagedListModel::pageLoaded, this, &FindTutorPage::fillCombos);

    m_packs->setSort(QStringLiteral("title"), Qt::AscendingOrder);
    m_categories->refresh();
    m_tutors->refresh();
}

void FindTutorPage::fillCombos()
{
    auto fill = [](QComboBox *combo, PagedListModel *model, auto value) {
        const QVariant keep = combo->currentData();
        const QSignalBlocker block(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        for (int row = 0; row < model->rowCount(); ++row)
            combo->addItem(model->index(row, 0).data().toString(), value(model->object(row)));
        combo->setCurrentIndex(qMax(0, combo->findData(keep)));
    };
    fill(m_category, m_categories, [](const QJsonObject &o) { return Format::str(o, "name"); });
    fill(m_tutor, m_tutors, [](const QJsonObject &o) { return Format::str(o, "id"); });
}

void FindTutorPage::applyFilters()
{
    m_debounce->stop();
    m_packs->beginQueryChange();
    m_packs->setFilter(QStringLiteral("title"), m_search->text().trimmed());
    m_packs->setFilter(QStringLiteral("category"), m_category->currentData().toString());
    m_packs->setFilter(QStringLiteral("schedulingType"), m_scheduling->currentData().toString());
    m_packs->setFilter(QStringLiteral("tutorProfileId"), m_tutor->currentData().toString());
    m_packs->setFilter(QStringLiteral("minPrice"),
                       m_minPrice->value() > 0 ? QString::number(m_minPrice->value()) : QString());
    m_packs->setFilter(QStringLiteral("maxPrice"),
                       m_maxPrice->value() > 0 ? QString::number(m_maxPrice->value()) : QString());
    m_packs->endQueryChange();
    if (!m_packs->hasLoaded() && !m_packs->isLoading())
        m_packs->refresh();
}

bool FindTutorPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_cards->viewport() && event->type() == QEvent::Resize)
        m_cardDelegate->fitTo(m_cards->viewport()->width(), m_cards->spacing());
    return QWidget::eventFilter(watched, event);
}

bool FindTutorPage::isShowingCards() const
{
    return m_views->currentWidget() == m_cards;
}

void FindTutorPage::showCards(bool cards)
{
    m_views->setCurrentWidget(cards ? static_cast<QWidget *>(m_cards) : m_list);
    const QSignalBlocker a(m_cardsButton), b(m_listButton);
    m_cardsButton->setChecked(cards);
    m_listButton->setChecked(!cards);
}

void FindTutorPage::openPack(const QJsonObject &pack)
{
    m_packView->setPack(pack);
    m_stack->setCurrentWidget(m_packView);
}

void FindTutorPage::openTutor(const QString &tutorProfileId)
{
    m_tutorView->setTutor(tutorProfileId);
    m_stack->setCurrentWidget(m_tutorView);
}

void FindTutorPage::showCatalog()
{
    m_stack->setCurrentWidget(m_catalogPage);
}

QWidget *FindTutorPage::currentView() const
{
    return m_stack->currentWidget();
}

BookingDialog *FindTutorPage::openBooking(const QJsonObject &pack)
{
    auto *dialog = new BookingDialog(m_ctx, pack, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BookingDialog::enrolled, this, [this](const QJsonObject &enrollment) {
        auto *pay = new PaymentDialog(m_ctx, enrollment, window());
        pay->setAttribute(Qt::WA_DeleteOnClose);
        openDialog(m_ctx.prompter, pay);
    });
    openDialog(m_ctx.prompter, dialog);
    return dialog;
}

} // namespace tutorhub::ui::student
