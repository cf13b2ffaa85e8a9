// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "support/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PCAuth::Redaction {

namespace {

constexpr qsizetype kJsonLimit = 1024 * 1024; // larger bodies get the text rules only

const QString &redactionMark()
{
    static const QString mark = u"[redacted]"_s;
    return mark;
}

/// Fields whose values are credentials wherever they appear. Compared without case: another
/// spelling does not make a secret less secret.
bool isCredentialField(const QString &name)
{
    static const QLatin1String fields[] = {"access_token"_L1,     "refresh_token"_L1,
                                           "id_token"_L1,         "client_secret"_L1,
                                           "client_assertion"_L1, "code_verifier"_L1};
    for (const QLatin1String field : fields) {
        if (name.compare(field, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/// `value` with every credential field's value replaced by the mark. A "code" string at the
/// top level is an authorization code (the place OAuth puts one); nested, as in Graph's
/// `error.code` or an `innerError`, "code" is an error code and is kept.
QJsonValue redactedJson(const QJsonValue &value, bool topLevel)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array.replace(i, redactedJson(array.at(i), false));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool authorizationCode = topLevel && it.key() == "code"_L1 && it.value().isString();
        if (authorizationCode || isCredentialField(it.key()))
            it.value() = redactionMark();
        else
            it.value() = redactedJson(it.value(), false);
    }
    return object;
}

/// A JSON string's content without its escapes, as Qt's parser reads it (an unknown escape
/// stands for the character itself).
QString jsonUnescaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\\' || i + 1 == text.size()) {
            out.append(c);
            continue;
        }
        const QChar e = text.at(++i);
        bool hex = false;
        if (e == u'u' && i + 4 < text.size()) {
            const ushort unit = text.mid(i + 1, 4).toUShort(&hex, 16);
            if (hex) {
                out.append(QChar(unit));
                i += 4;
            }
        }
        if (!hex)
            out.append(e == u'b'   ? u'\b'
                       : e == u'f' ? u'\f'
                       : e == u'n' ? u'\n'
                       : e == u'r' ? u'\r'
                       : e == u't' ? u'\t'
                                   : e);
    }
    return out;
}

bool isJsonCredentialName(QStringView escaped)
{
    return isCredentialField(jsonUnescaped(escaped));
}

/// A form or query name, percent-decoded; there, "code" is an authorization code.
bool isFormCredentialName(QStringView encoded)
{
    QByteArray bytes = encoded.toUtf8();
    bytes.replace('+', ' ');
    const QString name = QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
    return name.compare("code"_L1, Qt::CaseInsensitive) == 0 || isCredentialField(name);
}

/// Replaces capture 2 of every match of `re` whose capture 1 names a credential.
QString replaceCredentialValues(const QString &text, const QRegularExpression &re,
                                bool (*isCredentialName)(QStringView), const QString &replacement)
{
    QString out;
    qsizetype done = 0;
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!isCredentialName(m.capturedView(1)))
            continue;
        out.append(QStringView(text).mid(done, m.capturedStart(2) - done));
        out.append(replacement);
        done = m.capturedEnd(2);
    }
    if (done == 0)
        return text;
    out.append(QStringView(text).mid(done));
    return out;
}

} // namespace

// A match consumes its whole value, so text inside a JSON string is not read as a member.
QString redactText(const QString &text)
{
    static const QRegularExpression member(
        uR"re("((?:[^"\\]|\\.){1,200})"\s*:\s*("(?:[^"\\]|\\.)*"?|[^\s,}\]]*))re"_s);
    static const QRegularExpression pair(uR"re((?:^|[?&;\s])([^=&?;\s"]{1,200})=([^&\s"]*))re"_s);
    const QString quotedMark = u'"' + redactionMark() + u'"';
    const QString once = replaceCredentialValues(text, member, isJsonCredentialName, quotedMark);
    return replaceCredentialValues(once, pair, isFormCredentialName, redactionMark());
}

QJsonValue redactDocument(const QJsonValue &document)
{
    return redactedJson(document, true);
}

QString redactBody(const QByteArray &body, qsizetype limit)
{
    QByteArray kept = body;
    if (body.size() <= kJsonLimit) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError) {
            const QJsonValue clean =
                redactDocument(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
            kept =
                (clean.isArray() ? QJsonDocument(clean.toArray()) : QJsonDocument(clean.toObject()))
                    .toJson(QJsonDocument::Compact);
        }
    }
    if (kept.size() <= limit)
        return redactText(QString::fromUtf8(kept));
    qsizetype cut = limit;
    // Do not split a UTF-8 sequence: back off over continuation bytes.
    while (cut > 0 && (static_cast<unsigned char>(kept.at(cut)) & 0xC0) == 0x80)
        --cut;
    return redactText(QString::fromUtf8(kept.left(cut))) + u"…"_s;
}

} // namespace PCAuth::Redaction
