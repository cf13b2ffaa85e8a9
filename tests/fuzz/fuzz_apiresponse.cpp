// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT

// Partner Center, Graph and Key Vault answers as every API call maps them (mapApiAnswer: JSON
// or the service's error through the catalogue), the message the user is shown, and a
// customer page read item by item as PartnerCenterClient::listCustomers does.
//
// Input: line 1 "<status> <kind>" (kind 0 Partner Center, 1 Graph, 2 Key Vault), line 2 the
// Retry-After header value, then the body.

#include "api/apicall.h"
#include "api/partnercenterclient.h"
#include "errors/errorcatalogue.h"
#include "fuzzinput.h"

#include <QJsonArray>
#include <QList>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace PCAuth;
    Fuzz::Input input(data, size);
    const QList<QByteArray> first = input.line().trimmed().split(' ');
    const QByteArray retryAfter = input.line();

    HttpResponse response;
    response.status = first.value(0).toInt();
    response.body = input.rest();
    if (!retryAfter.isEmpty())
        response.headers.append({"Retry-After"_ba, retryAfter});
    const int kindNumber = first.value(1).toInt();
    const ApiKind kind = kindNumber == 1   ? ApiKind::Graph
                         : kindNumber == 2 ? ApiKind::KeyVault
                                           : ApiKind::PartnerCenter;

    ApiResult result;
    result.requestId = u"00000000-0000-0000-0000-000000000001"_s;
    result.correlationId = u"00000000-0000-0000-0000-000000000002"_s;
    mapApiAnswer(result, response, kind, QUrl(u"https://api.partnercenter.microsoft.com/v1"_s));
    const QString message = result.errorMessage();
    if (!result.ok() && message.isEmpty())
        __builtin_trap();
    if (result.error) {
        (void)ErrorCatalogue::advise(*result.error);
        (void)serviceErrorFromJson(toJson(*result.error));
    }
    if (!result.ok())
        return 0;
    const QJsonArray items = result.json.object().value("items"_L1).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Expected<Customer> customer = PartnerCenterClient::parseCustomer(
            items.at(i).toObject(), u"page 1, items[%1]"_s.arg(i));
        if (!customer.ok() && customer.error().isEmpty())
            __builtin_trap();
    }
    return 0;
}
