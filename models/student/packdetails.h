// The course pack page's view-model (issue 17 item 1, decision K10): the full pack, its materials (for enrolled
// students, D32), the student's screening request with the negotiation of its time (models::student::Screening,
// U20-U24) and whether the pack can be booked, with the sentence why not. Commands send the screening requests;
// outcomes come as sentences (succeeded: for the window's banner, failed: for the page).
#pragma once

#include "models/student/screening.h"
#include "models/student/studentlists.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace tutorhub::api {
class ApiClient;
class CatalogApi;
} // namespace tutorhub::api

namespace tutorhub::models::student {

class PackDetails : public QObject
{
    Q_OBJECT

public:
    PackDetails(api::ApiClient *client, const QString &studentId, QObject *parent = nullptr);

    // A row of the catalog list; the full pack, its materials and the screening are fetched.
    void setPack(const QJsonObject &pack);
    const QJsonObject &pack() const { return m_pack; }

    QList<MaterialItem> materials() const { return m_materials; }
    QString materialsNote() const { return m_materialsNote; }
    bool materialsAvailable() const { return m_materialsAvailable; } // false: not enrolled (403) or an error

    bool screeningRequired() const;
    bool screeningLoaded() const { return m_screeningLoaded; }
    QString screeningDecision() const { return m_decision; } // "", "pending", "approved", "rejected"
    const QJsonObject &screeningMeeting() const { return m_meeting; }
    const Screening::State &screeningState() const { return m_state; }
    QString screeningText() const;
    bool hasProposals() const; // the proposals extension (U20), or not asked yet
    int maxRequestTimes() const { return Screening::maxTimes(hasProposals()); }
    bool canRequestScreening() const;
    bool canAcceptScreeningTime() const;
    bool canProposeAgain() const;

    bool canBook() const { return bookBlockedReason().isEmpty(); }
    QString bookBlockedReason() const;
    QString bookNote() const; // the reason, or where to pick lessons

    void requestScreening(const QList<QDateTime> &timesUtc);
    void proposeTimes(const QList<QDateTime> &timesUtc);
    void acceptScreeningTime();
    bool isBusy() const { return m_busy > 0; }
    bool isRequesting() const { return m_requesting; }
    bool isAccepting() const { return m_accepting; }

signals:
    void packChanged();
    void materialsChanged();
    void screeningChanged(); // what the screening section shows changed
    void screeningStateKnown(); // the latest request's stage is known (after each load)
    void busyChanged(bool busy);
    void succeeded(const QString &sentence);
    void failed(const QString &sentence);

private:
    void loadPack();
    void loadMaterials();
    void loadScreening();
    void showScreening(const Screening::State &state);
    void busy(bool on);

    api::ApiClient *m_client;
    api::CatalogApi *m_catalog;
    QString m_studentId;
    QJsonObject m_pack;
    QList<MaterialItem> m_materials;
    QString m_materialsNote;
    bool m_materialsAvailable = false;
    QString m_decision;
    QJsonObject m_meeting;
    Screening::State m_state;
    bool m_screeningLoaded = false;
    QString m_screeningError;
    int m_busy = 0;
    bool m_requesting = false;
    bool m_accepting = false;
};

} // namespace tutorhub::models::student
