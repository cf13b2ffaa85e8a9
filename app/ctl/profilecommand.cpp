// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "profilecommand.h"

#include "crypto/clientcertificate.h"
#include "engine.h"
#include "session/credentialreplacement.h"
#include "session/profileoperations.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace PCAuth::Ctl {

namespace {

const QString Command = u"profile"_s;

/// What the vault index knows of the profile's secrets: never a secret itself.
QJsonObject vaultJson(Vault &vault, const QString &profileId)
{
    QJsonObject out;
    for (const SecretKind kind : allSecretKinds()) {
        const Expected<VaultIndex::Entry> entry = vault.index().entry(profileId, kind);
        QJsonObject item{{u"stored"_s, entry.ok() && entry->stored}};
        if (entry.ok() && entry->stored) {
            item.insert(u"updatedAt"_s, entry->updatedAt.toString(Qt::ISODate));
            if (entry->metadata)
                item.insert(u"metadata"_s, entry->metadata->metadataJson());
        }
        out.insert(secretKindId(kind), item);
    }
    return out;
}

QJsonObject profileJson(Engine &engine, const Profile &profile)
{
    QJsonObject object = profile.toJson();
    object.insert(u"vault"_s, vaultJson(engine.vault(), profile.id));
    return object;
}

struct AddOptions
{
    QCommandLineOption name{u"name"_s, Text::tr("Profile name."), u"NAME"_s};
    QCommandLineOption cloud{u"cloud"_s, Text::tr("global, china, usgov, germany or custom."),
                             u"CLOUD"_s};
    QCommandLineOption cloudFile{u"cloud-file"_s, Text::tr("Custom cloud file (JSON)."), u"FILE"_s};
    QCommandLineOption tenant{u"tenant"_s, Text::tr("Partner tenant: GUID or domain."), u"T"_s};
    QCommandLineOption clientId{u"client-id"_s, Text::tr("Application (client) id."), u"ID"_s};
    QCommandLineOption secretStdin{u"secret-stdin"_s,
                                   Text::tr("Read the client secret from standard input.")};
    QCommandLineOption certificate{u"certificate"_s,
                                   Text::tr("Certificate with its private key: PEM or PFX file."),
                                   u"PATH"_s};
    QCommandLineOption certificatePassword{
        u"certificate-password-stdin"_s,
        Text::tr("Read the PFX password or PEM key passphrase from standard input.")};
    QCommandLineOption protocol{u"protocol"_s, Text::tr("v1 (resource) or v2 (scope)."), u"v1|v2"_s,
                                u"v2"_s};
    QCommandLineOption redirectUri{u"redirect-uri"_s, Text::tr("Redirect URI."), u"URI"_s,
                                   u"http://localhost"_s};
};

/// The certificate named by --certificate: PEM when it looks like PEM, else PKCS#12.
Expected<ClientCertificate> loadCertificate(const QString &path, const QByteArray &password)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("Certificate: cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(ClientCertificate::MaxInputSize + 1);
    if (bytes.size() > ClientCertificate::MaxInputSize)
        return fail(Text::tr("Certificate: %1 is too large to be a certificate.").arg(path));
    Expected<ClientCertificate> loaded = bytes.contains("-----BEGIN")
                                             ? ClientCertificate::fromPem(bytes, password)
                                             : ClientCertificate::fromPkcs12(bytes, password);
    if (!loaded)
        return fail(Text::tr("Certificate: %1").arg(loaded.error()));
    return loaded;
}

/// The profile the options describe; a message naming the field when one is wrong.
Expected<Profile> profileFromOptions(const QCommandLineParser &parser, const AddOptions &o)
{
    Profile profile;
    profile.name = parser.value(o.name);
    profile.partnerTenant = parser.value(o.tenant);
    profile.clientId = parser.value(o.clientId);
    profile.redirectUri = parser.value(o.redirectUri);
    profile.customCloudFile = parser.value(o.cloudFile);
    if (!profile.customCloudFile.isEmpty())
        profile.customCloudFile = QFileInfo(profile.customCloudFile).absoluteFilePath();
    profile.cloudId = parser.isSet(o.cloud) ? parser.value(o.cloud)
                                            : (profile.isCustomCloud() ? u"custom"_s : QString());
    if (profile.cloudId.isEmpty())
        return fail(Text::tr("Cloud: give --cloud (global, china, usgov, germany or custom)."));
    const std::optional<Protocol> protocol = protocolFromId(parser.value(o.protocol));
    if (!protocol)
        return fail(
            Text::tr("Protocol: must be v1 or v2, not \"%1\".").arg(parser.value(o.protocol)));
    profile.protocol = *protocol;
    if (parser.isSet(o.secretStdin) && parser.isSet(o.certificate))
        return fail(Text::tr("Credential: give --secret-stdin or --certificate, not both."));
    if (parser.isSet(o.certificatePassword) && !parser.isSet(o.certificate))
        return fail(Text::tr("Credential: --certificate-password-stdin needs --certificate."));
    profile.credential = parser.isSet(o.secretStdin)   ? CredentialKind::Secret
                         : parser.isSet(o.certificate) ? CredentialKind::Certificate
                                                       : CredentialKind::None;
    return profile;
}

int addProfile(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const AddOptions o;
    parser.addOptions({o.name, o.cloud, o.cloudFile, o.tenant, o.clientId, o.secretStdin,
                       o.certificate, o.certificatePassword, o.protocol, o.redirectUri});
    Context sub = subcommand(context, arguments);
    int code = ExitOk;
    if (!parseCommand(sub, parser, u"profile add"_s, code))
        return code;
    Expected<Profile> parsed = profileFromOptions(parser, o);
    if (!parsed)
        return complain(context, Command, parsed.error(), ExitUsage);
    Profile profile = std::move(parsed).value();
    QByteArray secret;
    if (profile.credential == CredentialKind::Secret) {
        secret = readSecretFromStdin(context);
        if (secret.isEmpty())
            return complain(context, Command, Text::tr("Client secret: standard input was empty."),
                            ExitUsage);
    } else if (profile.credential == CredentialKind::Certificate) {
        const QByteArray password =
            parser.isSet(o.certificatePassword) ? readSecretFromStdin(context) : QByteArray();
        const Expected<ClientCertificate> certificate =
            loadCertificate(parser.value(o.certificate), password);
        if (!certificate)
            return complain(context, Command, certificate.error(), ExitUsage);
        profile.certificateThumbprint = QString::fromLatin1(certificate->x5t());
        secret = certificate->toPem();
    }
    if (const QStringList problems = profile.validate(); !problems.isEmpty())
        return complain(context, Command, problems.join(u"\n  "_s), ExitUsage);
    Engine engine(context);
    if (engine.profiles().find(profile.name).ok())
        return complain(context, Command,
                        Text::tr("Name: a profile named \"%1\" already exists.").arg(profile.name),
                        ExitUsage);
    const ProfileAddition addition = engine.await<ProfileAddition>([&](QObject *c, auto done) {
        addProfile(engine.profiles(), engine.vault(), profile, secret, c, done);
    });
    if (addition.credentialRefused)
        return complain(context, Command,
                        Text::tr("the profile was not added: %1").arg(addition.message),
                        ExitFailure);
    if (!addition.ok())
        return complain(context, Command, addition.message, ExitFailure);
    const Profile &added = *addition.added;
    if (context.json)
        printJson(context, profileJson(engine, added));
    else
        context.out << Text::tr("Added profile %1 (id %2).").arg(added.name, added.id) << '\n';
    return ExitOk;
}

int listProfiles(Context &context)
{
    Engine engine(context);
    const Expected<QList<Profile>> profiles = engine.profiles().load();
    if (!profiles)
        return complain(context, Command, profiles.error(), ExitFailure);
    if (context.json) {
        QJsonArray array;
        for (const Profile &profile : *profiles)
            array.append(profileJson(engine, profile));
        printJson(context, QJsonObject{{u"profiles"_s, array}});
        return ExitOk;
    }
    if (profiles->isEmpty()) {
        context.out << Text::tr("No profiles. Add one with: pcauthctl profile add --help") << '\n';
        return ExitOk;
    }
    for (const Profile &profile : *profiles) {
        const Expected<VaultIndex::Entry> token =
            engine.vault().index().entry(profile.id, SecretKind::RefreshToken);
        const bool consented = token.ok() && token->stored;
        context.out << profile.name.leftJustified(24) << ' ' << profile.cloudId.leftJustified(10)
                    << ' ' << profile.partnerTenant.leftJustified(36) << ' '
                    << credentialKindId(profile.credential).leftJustified(12) << ' '
                    << (consented ? Text::tr("consented") : Text::tr("no consent")) << '\n';
    }
    return ExitOk;
}

void printProfile(Context &context, Engine &engine, const Profile &p)
{
    QTextStream &out = context.out;
    out << Text::tr("Name:           %1").arg(p.name) << '\n'
        << Text::tr("Id:             %1").arg(p.id) << '\n'
        << Text::tr("Cloud:          %1").arg(p.cloudId)
        << (p.isCustomCloud() ? u" ("_s + p.customCloudFile + u')' : QString()) << '\n'
        << Text::tr("Partner tenant: %1").arg(p.partnerTenant) << '\n'
        << Text::tr("Client id:      %1").arg(p.clientId) << '\n'
        << Text::tr("Credential:     %1").arg(credentialKindId(p.credential)) << '\n'
        << Text::tr("Protocol:       %1").arg(protocolId(p.protocol)) << '\n'
        << Text::tr("Redirect URI:   %1").arg(p.redirectUri) << '\n';
    if (!p.certificateThumbprint.isEmpty())
        out << Text::tr("Certificate:    x5t %1").arg(p.certificateThumbprint) << '\n';
    const Expected<VaultIndex::Entry> token =
        engine.vault().index().entry(p.id, SecretKind::RefreshToken);
    if (token.ok() && token->stored && token->metadata) {
        const RefreshTokenRecord &m = *token->metadata;
        out << Text::tr("Consent:        %1, MFA %2, issued %3")
                   .arg(m.upn, mfaEvidenceId(m.mfa), m.issuedAt.toString(Qt::ISODate))
            << '\n';
        if (m.lastRedeemedAt.isValid())
            out << Text::tr("Last redeemed:  %1").arg(m.lastRedeemedAt.toString(Qt::ISODate))
                << '\n';
    } else {
        out << Text::tr("Consent:        none recorded (pcauthctl consent --profile %1)")
                   .arg(p.name)
            << '\n';
    }
}

int showOrRemove(Context &context, const QString &verb, const QStringList &rest)
{
    if (rest.size() != 1)
        return complain(context, Command, Text::tr("%1 takes one profile name or id").arg(verb),
                        ExitUsage);
    Engine engine(context);
    const Expected<Profile> profile = engine.profiles().find(rest.first());
    if (!profile)
        return complain(context, Command, profile.error(), ExitFailure);
    if (verb == "show"_L1) {
        if (context.json)
            printJson(context, profileJson(engine, *profile));
        else
            printProfile(context, engine, *profile);
        return ExitOk;
    }
    const ProfileRemoval removed = engine.await<ProfileRemoval>([&](QObject *c, auto done) {
        removeProfile(engine.profiles(), engine.vault(), profile->id, c, done);
    });
    if (!removed.keychainCleared)
        return complain(context, Command,
                        Text::tr("the profile was kept because its keychain items could not be "
                                 "removed: %1")
                            .arg(removed.message),
                        ExitFailure);
    if (!removed.ok())
        return complain(context, Command, removed.message, ExitFailure);
    if (context.json)
        printJson(context, QJsonObject{{u"removed"_s, profile->id}, {u"name"_s, profile->name}});
    else
        context.out << Text::tr("Removed profile %1 and its keychain items.").arg(profile->name)
                    << '\n';
    return ExitOk;
}

/// `profile set-secret` and `profile set-certificate`: the profile's app credential replaced
/// through CredentialReplacement (tested first; the refresh token is kept).
int replaceCredential(Context &context, const QString &verb, const QStringList &arguments)
{
    const bool certificate = verb == "set-certificate"_L1;
    QCommandLineParser parser;
    const QCommandLineOption profileOption{u"profile"_s, Text::tr("Profile name or id."),
                                           u"NAME"_s};
    const QCommandLineOption secretStdin{
        u"secret-stdin"_s, Text::tr("Read the new client secret from standard input.")};
    const QCommandLineOption passwordStdin{
        u"certificate-password-stdin"_s,
        Text::tr("Read the PFX password or PEM key passphrase from standard input.")};
    parser.addOption(profileOption);
    if (certificate) {
        parser.addOption(passwordStdin);
        parser.addPositionalArgument(u"FILE"_s,
                                     Text::tr("Certificate with its private key: PEM or PFX."));
    } else {
        parser.addOption(secretStdin);
    }
    Context sub = subcommand(context, arguments);
    int code = ExitOk;
    if (!parseCommand(sub, parser, u"profile "_s + verb, code))
        return code;
    if (!parser.isSet(profileOption))
        return complain(context, Command, Text::tr("Profile: give --profile NAME."), ExitUsage);
    ClientCredential credential;
    if (certificate) {
        if (parser.positionalArguments().size() != 1)
            return complain(context, Command,
                            Text::tr("Certificate: give one PEM or PFX file with its private key."),
                            ExitUsage);
        const QByteArray password =
            parser.isSet(passwordStdin) ? readSecretFromStdin(context) : QByteArray();
        Expected<ClientCertificate> loaded = CredentialReplacement::certificateFromFile(
            parser.positionalArguments().constFirst(), password);
        if (!loaded)
            return complain(context, Command, loaded.error(), ExitUsage);
        credential.kind = CredentialKind::Certificate;
        credential.certificate = std::move(loaded).value();
    } else {
        if (!parser.isSet(secretStdin) || !parser.positionalArguments().isEmpty())
            return complain(context, Command,
                            Text::tr("Client secret: give --secret-stdin and the secret on "
                                     "standard input; a secret is never taken from the command "
                                     "line."),
                            ExitUsage);
        credential.kind = CredentialKind::Secret;
        credential.secret = readSecretFromStdin(context);
        if (credential.secret.isEmpty())
            return complain(context, Command, Text::tr("Client secret: standard input was empty."),
                            ExitUsage);
    }
    Engine engine(context);
    const QString profile = parser.value(profileOption);
    const CredentialReplacementResult result = engine.await<CredentialReplacementResult>(
        [&](QObject *owner, const std::function<void(const CredentialReplacementResult &)> &done) {
            auto *job = new CredentialReplacement(engine.profiles(), engine.vault(), engine.http(),
                                                  engine.broker(), engine.clock(), owner);
            QObject::connect(job, &CredentialReplacement::finished, owner, done);
            job->start(profile, credential);
        });
    if (!result.ok)
        return complain(context, Command, result.message, ExitFailure);
    if (context.json) {
        const Expected<Profile> updated = engine.profiles().find(profile);
        QJsonObject out = updated ? profileJson(engine, *updated) : QJsonObject();
        out.insert(u"message"_s, result.message);
        printJson(context, out);
    } else {
        context.out << result.message << '\n';
    }
    return ExitOk;
}

} // namespace

int runProfile(Context &context)
{
    const QString verb = context.arguments.value(0);
    const QStringList rest = context.arguments.mid(1);
    if (verb == "add"_L1)
        return addProfile(context, rest);
    if (verb == "list"_L1 && rest.isEmpty())
        return listProfiles(context);
    if (verb == "show"_L1 || verb == "remove"_L1)
        return showOrRemove(context, verb, rest);
    if (verb == "set-secret"_L1 || verb == "set-certificate"_L1)
        return replaceCredential(context, verb, rest);
    if (verb == "--help"_L1 || verb == "-h"_L1) {
        context.out << Text::tr("Usage: pcauthctl profile add|list|show NAME|remove NAME|"
                                "set-secret --profile NAME --secret-stdin|"
                                "set-certificate --profile NAME FILE")
                    << '\n';
        return ExitOk;
    }
    return complain(context, Command,
                    Text::tr("expected add, list, show NAME, remove NAME, set-secret or "
                             "set-certificate; see pcauthctl profile --help"),
                    ExitUsage);
}

} // namespace PCAuth::Ctl
