// Translated labels of the contract's enum values (API.md §1.8: enums travel as their option
// string). One table, keyed by "<object>.<field>" and falling back to "<field>", so a value is never
// shown raw: an unknown value shows as itself only if the server grows an option we do not know.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tutorhub::models {

class Labels
{
    Q_DECLARE_TR_FUNCTIONS(tutorhub::models::Labels)

public:
    // enumLabel("lessonSlot", "status", "booked") -> "Booked" (translated).
    static QString enumLabel(const QString &object, const QString &field, const QString &value);
    // The declared options of an enum, in contract order (for filter pickers).
    static QStringList enumValues(const QString &object, const QString &field);
    // Tone of a status value for chips: "positive", "negative", "warning", "neutral", "info".
    static QString tone(const QString &object, const QString &field, const QString &value);
};

} // namespace tutorhub::models
