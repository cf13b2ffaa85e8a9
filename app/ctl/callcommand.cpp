// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "callcommand.h"

#include "api/apicall.h"
#include "api/partnercenterclient.h"
#include "engine.h"
#include "token/claims.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace PCAuth::Ctl {

namespace {

/// Where a call goes and which token it carries.
struct Target
{
    Service service = Service::PartnerCenter;
    QUrl url;
};

Expected<Target> resolveTarget(const Cloud &cloud, const QString &pathOrUrl)
{
    if (pathOrUrl.startsWith(u'/')) {
        const bool graph = pathOrUrl.startsWith("/v1.0"_L1) || pathOrUrl.startsWith("/beta"_L1);
        const Service service = graph ? Service::Graph : Service::PartnerCenter;
        return Target{service, apiUrl(cloud.endpoint(service), pathOrUrl)};
    }
    const QUrl url(pathOrUrl, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return fail(Text::tr("Path: give a path such as /v1/customers or a full URL, not \"%1\".")
                        .arg(pathOrUrl));
    const std::optional<Service> service = cloud.serviceOf(url);
    if (!service)
        return fail(Text::tr("URL: %1 is not an endpoint of the cloud %2; the access token is "
                             "only sent to the cloud's own endpoints.")
                        .arg(url.host(), cloud.displayName()));
    return Target{*service, url};
}

void printApiResult(Context &context, const ApiResult &result)
{
    if (context.json) {
        QJsonObject object{{u"status"_s, result.status},
                           {u"requestId"_s, result.requestId},
                           {u"correlationId"_s, result.correlationId}};
        if (result.json.isObject())
            object.insert(u"body"_s, result.json.object());
        else if (result.json.isArray())
            object.insert(u"body"_s, result.json.array());
        printJson(context, object);
        return;
    }
    context.out << Text::tr("HTTP %1").arg(result.status) << '\n'
                << "MS-RequestId: " << result.requestId << '\n'
                << "MS-CorrelationId: " << result.correlationId << '\n';
    if (!result.json.isNull())
        context.out << '\n' << QString::fromUtf8(result.json.toJson(QJsonDocument::Indented));
}

/// The request METHOD and --data describe; the URL is filled in once the profile is known.
Expected<HttpRequest> makeRequest(const QString &methodText, const QCommandLineParser &parser,
                                  const QCommandLineOption &data)
{
    static const QStringList methods{u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s};
    const QString method = methodText.toUpper();
    if (!methods.contains(method))
        return fail(
            Text::tr("Method: give GET, POST, PUT, PATCH or DELETE, not \"%1\".").arg(methodText));
    HttpRequest request;
    request.method = method.toLatin1();
    request.idempotent = method != "POST"_L1 && method != "PATCH"_L1;
    if (parser.isSet(data)) {
        QJsonParseError error;
        const QJsonDocument body = QJsonDocument::fromJson(parser.value(data).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return fail(Text::tr("Data: not JSON: %1").arg(error.errorString()));
        request.body = body.toJson(QJsonDocument::Compact);
        request.setHeader("Content-Type"_ba, "application/json"_ba);
    }
    return request;
}

struct CallOptions
{
    QCommandLineOption profile{u"profile"_s, Text::tr("Profile name or id."), u"P"_s};
    QCommandLineOption tenant{u"tenant"_s, Text::tr("Customer tenant (default: the partner's)."),
                              u"T"_s};
    QCommandLineOption data{u"data"_s, Text::tr("JSON request body."), u"JSON"_s};
};

} // namespace

int runCall(Context &context)
{
    const QString command = u"call"_s;
    QCommandLineParser parser;
    const CallOptions o;
    parser.addOptions({o.profile, o.tenant, o.data});
    parser.addPositionalArgument(u"method"_s, Text::tr("GET, POST, PUT, PATCH or DELETE."));
    parser.addPositionalArgument(u"path"_s, Text::tr("Path or URL on the profile's cloud."));
    int code = ExitOk;
    if (!parseCommand(context, parser, command, code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(o.profile))
        return complain(context, command, Text::tr("give --profile P, a METHOD and a PATH_OR_URL"),
                        ExitUsage);
    Expected<HttpRequest> made = makeRequest(positional.at(0), parser, o.data);
    if (!made)
        return complain(context, command, made.error(), ExitUsage);
    HttpRequest request = std::move(made).value();
    Engine engine(context);
    const Expected<ProfileInCloud> found = engine.profileInCloud(parser.value(o.profile));
    if (!found)
        return complain(context, command, found.error(), ExitFailure);
    const Profile *profile = &found->profile;
    const Cloud *cloud = &found->cloud;
    const Expected<Target> target = resolveTarget(*cloud, positional.at(1));
    if (!target)
        return complain(context, command, target.error(), ExitUsage);
    request.url = target->url;
    const std::unique_ptr<AccessTokenSource> tokens = engine.broker().source(
        TokenKey::delegated(profile->id, parser.value(o.tenant), cloud->resource(target->service)));
    const ApiResult result = engine.await<ApiResult>([&](QObject *c, ApiCallback done) {
        sendApiRequest(engine.http(), *tokens, apiKindOf(target->service), request, QString(), c,
                       done);
    });
    if (result.status == 0 && !result.ok())
        return complain(context, command, result.errorMessage(), ExitFailure);
    printApiResult(context, result);
    if (!result.ok())
        return complain(context, command, result.errorMessage(), ExitFailure);
    return ExitOk;
}

int runCustomers(Context &context)
{
    const QString command = u"customers"_s;
    QCommandLineParser parser;
    const QCommandLineOption profileOption(u"profile"_s, Text::tr("Profile name or id."), u"P"_s);
    parser.addOption(profileOption);
    int code = ExitOk;
    if (!parseCommand(context, parser, command, code))
        return code;
    if (!parser.isSet(profileOption))
        return complain(context, command, Text::tr("Profile: give --profile NAME"), ExitUsage);
    Engine engine(context);
    const Expected<ProfileInCloud> found = engine.profileInCloud(parser.value(profileOption));
    if (!found)
        return complain(context, command, found.error(), ExitFailure);
    const Profile *profile = &found->profile;
    const Cloud *cloud = &found->cloud;
    const std::unique_ptr<AccessTokenSource> tokens =
        engine.broker().source(TokenKey::partnerCenter(profile->id, *cloud));
    PartnerCenterClient client(engine.http(), cloud->endpoint(Service::PartnerCenter), *tokens);
    const bool progress = stderrIsTerminal();
    const CustomerList list = engine.await<CustomerList>([&](QObject *c, auto done) {
        client.listCustomers(
            500, c,
            [&context, progress](int read) {
                if (progress)
                    context.err << '\r' << Text::tr("%n customers read", nullptr, read)
                                << Qt::flush;
            },
            done);
    });
    if (progress)
        context.err << '\n';
    if (!list.ok())
        return complain(context, command, list.errorMessage(), ExitFailure);
    if (context.json) {
        QJsonArray array;
        for (const Customer &c : list.customers)
            array.append(QJsonObject{{u"id"_s, c.id},
                                     {u"tenantId"_s, c.tenantId},
                                     {u"domain"_s, c.domain},
                                     {u"companyName"_s, c.companyName},
                                     {u"relationship"_s, c.relationship}});
        printJson(context, QJsonObject{{u"customers"_s, array}, {u"count"_s, array.size()}});
        return ExitOk;
    }
    for (const Customer &c : list.customers)
        context.out << displaySafe(c.tenantId).leftJustified(38)
                    << displaySafe(c.domain).leftJustified(40) << displaySafe(c.companyName)
                    << '\n';
    context.out << Text::tr("%n customers", nullptr, int(list.customers.size())) << '\n';
    return ExitOk;
}

} // namespace PCAuth::Ctl
