// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "inspectcommand.h"

#include "cli.h"
#include "support/clock.h"
#include "token/claims.h"
#include "token/jwt.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace PCAuth::Ctl {

namespace {

QString validityId(Jwt::Validity validity)
{
    switch (validity) {
    case Jwt::Validity::NotYetValid:
        return u"not-yet-valid"_s;
    case Jwt::Validity::Valid:
        return u"valid"_s;
    case Jwt::Validity::Expired:
        return u"expired"_s;
    case Jwt::Validity::NoExpiry:
        break;
    }
    return u"no-expiry"_s;
}

QString utcText(const std::optional<QDateTime> &time)
{
    return time ? time->toString(Qt::ISODate) : QString();
}

QString expiryLine(const Jwt &jwt, const Clock &clock)
{
    const std::optional<QDateTime> exp = jwt.expiresAt();
    switch (jwt.validity(clock)) {
    case Jwt::Validity::NotYetValid:
        return Text::tr("not valid until %1").arg(formatTime(*jwt.notBefore(), clock));
    case Jwt::Validity::Valid:
        return Text::tr("valid, expires %1").arg(formatTime(*exp, clock));
    case Jwt::Validity::Expired:
        return Text::tr("EXPIRED %1").arg(formatTime(*exp, clock));
    case Jwt::Validity::NoExpiry:
        break;
    }
    return Text::tr("no expiry claim");
}

QString mfaLine(const MfaVerdict &verdict)
{
    switch (verdict.state) {
    case MfaVerdict::State::Present:
        return Text::tr("yes: %1").arg(verdict.evidence);
    case MfaVerdict::State::Absent:
        return Text::tr("NO: %1 (Partner Center refuses app+user calls without MFA)")
            .arg(verdict.evidence);
    case MfaVerdict::State::Unknown:
        break;
    }
    return Text::tr("cannot tell: %1").arg(verdict.evidence);
}

QJsonObject toJson(const Jwt &jwt, const Clock &clock)
{
    const MfaVerdict verdict = jwt.mfa();
    QJsonArray explained;
    for (const ClaimRow &row : explainClaims(jwt, clock)) {
        explained.append(QJsonObject{{u"name"_s, row.name},
                                     {u"label"_s, row.label},
                                     {u"value"_s, row.value},
                                     {u"explanation"_s, row.explanation}});
    }
    QJsonObject object{
        {u"header"_s, jwt.header()},
        {u"claims"_s, jwt.claims()},
        {u"mfa"_s,
         QJsonObject{{u"state"_s, mfaStateId(verdict.state)}, {u"evidence"_s, verdict.evidence}}},
        {u"appOnly"_s, jwt.isAppOnly()},
        {u"validity"_s, validityId(jwt.validity(clock))},
        {u"expiresAt"_s, utcText(jwt.expiresAt())},
        {u"explained"_s, explained},
    };
    if (const std::optional<qint64> left = jwt.secondsUntilExpiry(clock))
        object.insert(u"secondsUntilExpiry"_s, double(*left));
    return object;
}

// Claim values come from whoever made the token: everything printed goes through
// displaySafe so that a hostile token cannot send escape sequences to the terminal.
void printTable(const Jwt &jwt, const Clock &clock, bool explain, QTextStream &terminal)
{
    QString text;
    QTextStream out(&text);
    const QString alg = jwt.algorithm().isEmpty() ? u"?"_s : jwt.algorithm();
    out << Text::tr("Token:    JWT, %1, version %2")
               .arg(alg, jwt.version().isEmpty() ? u"?"_s : jwt.version())
        << '\n'
        << Text::tr("MFA:      %1").arg(mfaLine(jwt.mfa())) << '\n'
        << Text::tr("Expiry:   %1").arg(expiryLine(jwt, clock)) << '\n'
        << Text::tr("Account:  %1")
               .arg(jwt.subjectName().isEmpty()
                        ? (jwt.isAppOnly() ? Text::tr("none (app-only token)")
                                           : Text::tr("not stated"))
                        : jwt.subjectName())
        << "\n\n";

    const QList<ClaimRow> rows = explainClaims(jwt, clock);
    int nameWidth = 5;
    int labelWidth = 7;
    for (const ClaimRow &row : rows) {
        nameWidth = std::max(nameWidth, int(row.name.size()));
        labelWidth = std::max(labelWidth, int(row.label.size()));
    }
    out << Text::tr("Claim").leftJustified(nameWidth + 2)
        << Text::tr("Meaning").leftJustified(labelWidth + 2) << Text::tr("Value") << '\n';
    for (const ClaimRow &row : rows) {
        out << row.name.leftJustified(nameWidth + 2) << row.label.leftJustified(labelWidth + 2)
            << row.value << '\n';
        if (explain && !row.explanation.isEmpty())
            out << QString(nameWidth + 2, u' ') << row.explanation << '\n';
    }
    out << '\n' << Text::tr("Decoded only: the signature was not checked.") << '\n';
    out.flush();
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i)
        terminal << displaySafe(lines.at(i)) << (i + 1 < lines.size() ? "\n" : "");
}

} // namespace

int runInspect(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"token"_s,
                                 Text::tr("The token, or - (the default) to read it from "
                                          "standard input, which keeps it out of the "
                                          "process list."));
    const QCommandLineOption explainOption(u"explain"_s,
                                           Text::tr("Explain every claim in plain words."));
    parser.addOption(explainOption);
    parser.addHelpOption();
    if (!parser.parse(QStringList{u"pcauthctl inspect"_s} + context.arguments)) {
        context.err << "pcauthctl inspect: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        context.out << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        context.err << Text::tr("pcauthctl inspect: give one token (or - for standard input)")
                    << '\n';
        return ExitUsage;
    }
    QString token;
    if (positional.isEmpty() || positional.first() == u"-"_s) {
        // Read one character past the limit so that an oversized token is reported as such.
        while (!context.in.atEnd() && token.size() <= Jwt::MaxInputSize)
            token += context.in.read(Jwt::MaxInputSize + 1 - token.size());
    } else
        token = positional.first();

    const Expected<Jwt> jwt = Jwt::decode(token);
    if (!jwt) {
        context.err << Text::tr("pcauthctl inspect: not a readable token: %1").arg(jwt.error())
                    << '\n';
        return ExitFailure;
    }
    const Clock &clock = Clock::system();
    if (context.json)
        context.out << QJsonDocument(toJson(*jwt, clock)).toJson(QJsonDocument::Indented);
    else
        printTable(*jwt, clock, parser.isSet(explainOption), context.out);
    return ExitOk;
}

} // namespace PCAuth::Ctl
