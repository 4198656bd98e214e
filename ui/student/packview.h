// The course pack page (description, price, scheduling rules, materials, screening requirement and
// the student's screening request with its decision) and the tutor profile page.
#pragma once

#include "workspacecontext.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace tutorhub::api {
class CatalogApi;
}
namespace tutorhub::models {
class PagedListModel;
}

namespace tutorhub::ui {
class BusyIndicator;
class StatusChip;
}

namespace tutorhub::ui::student {

class PackView : public QWidget
{
    Q_OBJECT

public:
    PackView(const WorkspaceContext &context, api::CatalogApi *catalog, QWidget *parent = nullptr);

    void setPack(const QJsonObject &pack); // a row of the catalog list; the full pack is fetched
    QJsonObject pack() const { return m_pack; }
    // Screening: "", "pending", "approved", "rejected" (the latest request of this student).
    QString screeningDecision() const { return m_decision; }
    bool canBook() const;
    QString bookBlockedReason() const;
    void requestScreening();

signals:
    void backRequested();
    void tutorRequested(const QString &tutorProfileId);
    void bookRequested(const QJsonObject &pack);

private:
    void showPack();
    void loadMaterials();
    void loadScreening();
    void updateBookState();

    WorkspaceContext m_ctx;
    api::CatalogApi *m_catalog;
    QJsonObject m_pack;
    QString m_decision;
    bool m_screeningLoaded = false;
    QLabel *m_title;
    QLabel *m_tutor;
    QLabel *m_price;
    QLabel *m_rules;
    QLabel *m_description;
    QListWidget *m_materials;
    QLabel *m_materialsNote;
    QLabel *m_screening;
    StatusChip *m_screeningChip;
    QPushButton *m_requestScreening;
    QPushButton *m_book;
    QLabel *m_bookNote;
    BusyIndicator *m_busy;
};

class TutorView : public QWidget
{
    Q_OBJECT

public:
    TutorView(const WorkspaceContext &context, api::CatalogApi *catalog, QWidget *parent = nullptr);
    void setTutor(const QString &tutorProfileId);
    models::PagedListModel *packs() const { return m_packs; }

signals:
    void backRequested();
    void packRequested(const QJsonObject &pack);

private:
    WorkspaceContext m_ctx;
    api::CatalogApi *m_catalog;
    QLabel *m_name;
    QLabel *m_details;
    models::PagedListModel *m_packs;
    QTableView *m_table;
    BusyIndicator *m_busy;
};

} // namespace tutorhub::ui::student
