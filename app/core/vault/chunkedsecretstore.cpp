// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "vault/chunkedsecretstore.h"

#include <optional>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

Q_LOGGING_CATEGORY(lcChunks, "pcauth.vault.chunks")

using Status = SecretResult::Status;

/// Starts with a NUL byte: no JSON, PEM or DER secret does, so a manifest cannot be
/// mistaken for a secret stored whole (and a secret that does start like this is stored
/// chunked, see write()).
const QByteArray &manifestMagic()
{
    static const QByteArray magic("\0PCAUTH-CHUNKED/1\n", 18);
    return magic;
}

struct Manifest
{
    int first = 1;
    int count = 0;
    qint64 size = 0;
    QByteArray sha256; // hex
};

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray encodeManifest(const Manifest &m)
{
    const QJsonObject json{{u"first"_s, m.first},
                           {u"count"_s, m.count},
                           {u"size"_s, m.size},
                           {u"sha256"_s, QString::fromLatin1(m.sha256)}};
    return manifestMagic() + QJsonDocument(json).toJson(QJsonDocument::Compact);
}

bool isManifest(const QByteArray &head)
{
    return head.startsWith(manifestMagic());
}

/// Empty when `head` starts like a manifest but is not a valid one.
std::optional<Manifest> decodeManifest(const QByteArray &head)
{
    const QJsonObject json = QJsonDocument::fromJson(head.mid(manifestMagic().size())).object();
    Manifest m;
    m.first = json.value(u"first"_s).toInt(-1);
    m.count = json.value(u"count"_s).toInt(-1);
    m.size = json.value(u"size"_s).toInteger(-1);
    m.sha256 = json.value(u"sha256"_s).toString().toLatin1();
    if (m.first < 1 || m.count < 1 || m.count > ChunkedSecretStore::MaxChunks || m.size < 0
        || m.sha256.size() != 64)
        return std::nullopt;
    return m;
}

/// The first piece index of a new range of `count` pieces that does not overlap `old`.
int freeRangeStart(const std::optional<Manifest> &old, int count)
{
    if (!old || 1 + count <= old->first)
        return 1;
    return old->first + old->count;
}

QStringList pieceKeys(const QString &key, int first, int count)
{
    QStringList keys;
    for (int i = 0; i < count; ++i)
        keys.append(ChunkedSecretStore::chunkKey(key, first + i));
    return keys;
}

} // namespace

struct ChunkedSecretStore::ReadOp
{
    QString key;
    Manifest manifest;
    QByteArray data;
    int next = 0;
    QPointer<QObject> context;
    Callback done;
};

struct ChunkedSecretStore::WriteOp
{
    QString key;
    QByteArray data;
    std::optional<Manifest> old; // the chunked item being replaced, if it is one
    QList<QByteArray> pieces;
    int first = 1;
    int written = 0;
    QPointer<QObject> context;
    Callback done;
};

ChunkedSecretStore::ChunkedSecretStore(SecretStore &inner, int chunkSize, QObject *parent)
    : SecretStore(parent)
    , m_inner(inner)
{
    setChunkSize(chunkSize);
}

ChunkedSecretStore::~ChunkedSecretStore() = default;

void ChunkedSecretStore::setChunkSize(int bytes)
{
    m_chunkSize = qMax(0, bytes);
}

QString ChunkedSecretStore::chunkKey(const QString &key, int index)
{
    return key + u'.' + QString::number(index);
}

QString ChunkedSecretStore::backendName() const
{
    return m_inner.backendName();
}

QString ChunkedSecretStore::damaged(const QString &key, const QString &why) const
{
    return tr("The item \"%1\" in %2 is damaged (%3). Store it again; for a refresh token, "
              "run consent again.")
        .arg(key, backendName(), why);
}

// ---- read ---------------------------------------------------------------------------------

void ChunkedSecretStore::read(const QString &key, QObject *context, Callback done)
{
    auto op = std::make_shared<ReadOp>();
    op->key = key;
    op->context = context;
    op->done = std::move(done);
    m_inner.read(key, this, [this, op](const SecretResult &head) {
        if (!head.ok() || !isManifest(head.data)) {
            deliver(op->context, op->done, head);
            return;
        }
        const std::optional<Manifest> manifest = decodeManifest(head.data);
        if (!manifest) {
            deliver(op->context, op->done,
                    SecretResult::failure(Status::Failed,
                                          damaged(op->key, tr("its list of parts is unreadable"))));
            return;
        }
        op->manifest = *manifest;
        readPiece(op);
    });
}

void ChunkedSecretStore::readPiece(const std::shared_ptr<ReadOp> &op)
{
    if (op->next == op->manifest.count) {
        finishRead(op);
        return;
    }
    const QString key = chunkKey(op->key, op->manifest.first + op->next);
    m_inner.read(key, this, [this, op](const SecretResult &piece) {
        if (piece.status == Status::NotFound) {
            const QString why =
                tr("part %1 of %2 is missing").arg(op->next + 1).arg(op->manifest.count);
            deliver(op->context, op->done,
                    SecretResult::failure(Status::Failed, damaged(op->key, why)));
            return;
        }
        if (!piece.ok()) {
            deliver(op->context, op->done, piece);
            return;
        }
        op->data += piece.data;
        ++op->next;
        readPiece(op);
    });
}

void ChunkedSecretStore::finishRead(const std::shared_ptr<ReadOp> &op)
{
    if (op->data.size() != op->manifest.size || sha256Hex(op->data) != op->manifest.sha256) {
        deliver(op->context, op->done,
                SecretResult::failure(Status::Failed,
                                      damaged(op->key, tr("its parts do not add up to the "
                                                          "stored length and checksum"))));
        return;
    }
    deliver(op->context, op->done, SecretResult::success(std::move(op->data)));
}

// ---- write --------------------------------------------------------------------------------

void ChunkedSecretStore::write(const QString &key, const QByteArray &data, QObject *context,
                               Callback done)
{
    auto op = std::make_shared<WriteOp>();
    op->key = key;
    op->data = data;
    op->context = context;
    op->done = std::move(done);
    // The current head tells which pieces are in use, so the new ones go elsewhere.
    m_inner.read(key, this, [this, op](const SecretResult &head) {
        if (!head.ok() && head.status != Status::NotFound) {
            deliver(op->context, op->done, head);
            return;
        }
        if (head.ok() && isManifest(head.data))
            op->old = decodeManifest(head.data);
        const bool split =
            (m_chunkSize > 0 && op->data.size() > m_chunkSize) || isManifest(op->data);
        if (!split) {
            writeWhole(op);
            return;
        }
        const int size = m_chunkSize > 0 ? m_chunkSize : int(qMax<qsizetype>(1, op->data.size()));
        for (qsizetype at = 0; at < op->data.size(); at += size)
            op->pieces.append(op->data.mid(at, size));
        if (op->pieces.size() > MaxChunks) {
            const QString why = tr("%1 bytes need more than %2 parts of %3 bytes")
                                    .arg(op->data.size())
                                    .arg(MaxChunks)
                                    .arg(size);
            deliver(op->context, op->done,
                    SecretResult::failure(
                        Status::Failed,
                        tr("The secret is too large for %1: %2.").arg(backendName(), why)));
            return;
        }
        op->first = freeRangeStart(op->old, int(op->pieces.size()));
        writePiece(op);
    });
}

void ChunkedSecretStore::writeWhole(const std::shared_ptr<WriteOp> &op)
{
    m_inner.write(op->key, op->data, this, [this, op](const SecretResult &result) {
        if (!result.ok() || !op->old) {
            deliver(op->context, op->done, result);
            return;
        }
        // The item was chunked and is now whole: its pieces are stale.
        removeKeys(pieceKeys(op->key, op->old->first, op->old->count),
                   [op](int failures, const SecretResult &) {
                       deliver(op->context, op->done, SecretResult::success());
                       if (failures > 0)
                           qCWarning(lcChunks)
                               << failures << "stale parts of" << op->key << "could not be removed";
                   });
    });
}

void ChunkedSecretStore::writePiece(const std::shared_ptr<WriteOp> &op)
{
    if (op->written == op->pieces.size()) {
        commitManifest(op);
        return;
    }
    const QString key = chunkKey(op->key, op->first + op->written);
    m_inner.write(key, op->pieces.at(op->written), this, [this, op](const SecretResult &result) {
        if (!result.ok()) {
            abandonWrite(op, result);
            return;
        }
        ++op->written;
        writePiece(op);
    });
}

void ChunkedSecretStore::commitManifest(const std::shared_ptr<WriteOp> &op)
{
    Manifest manifest;
    manifest.first = op->first;
    manifest.count = int(op->pieces.size());
    manifest.size = op->data.size();
    manifest.sha256 = sha256Hex(op->data);
    m_inner.write(op->key, encodeManifest(manifest), this, [this, op](const SecretResult &result) {
        if (!result.ok()) {
            abandonWrite(op, result);
            return;
        }
        QStringList stale;
        if (op->old)
            stale = pieceKeys(op->key, op->old->first, op->old->count);
        removeKeys(stale, [op](int failures, const SecretResult &) {
            if (failures > 0)
                qCWarning(lcChunks)
                    << failures << "stale parts of" << op->key << "could not be removed";
            deliver(op->context, op->done, SecretResult::success());
        });
    });
}

void ChunkedSecretStore::abandonWrite(const std::shared_ptr<WriteOp> &op,
                                      const SecretResult &failure)
{
    // The head still names the old pieces (or nothing): remove only what this write added.
    removeKeys(
        pieceKeys(op->key, op->first, op->written),
        [op, failure](int, const SecretResult &) { deliver(op->context, op->done, failure); });
}

// ---- remove -------------------------------------------------------------------------------

void ChunkedSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    QPointer<QObject> guard(context);
    m_inner.read(key, this, [this, key, guard, done](const SecretResult &head) {
        if (!head.ok() && head.status != Status::NotFound) {
            deliver(guard, done, head);
            return;
        }
        std::optional<Manifest> manifest;
        if (head.ok() && isManifest(head.data))
            manifest = decodeManifest(head.data);
        // The head first: once it is gone the item is gone, whatever happens to the pieces.
        m_inner.remove(key, this, [this, key, guard, done, manifest](const SecretResult &gone) {
            if (!gone.ok() || !manifest) {
                deliver(guard, done, gone);
                return;
            }
            removeKeys(pieceKeys(key, manifest->first, manifest->count),
                       [this, key, guard, done](int failures, const SecretResult &first) {
                           if (failures == 0) {
                               deliver(guard, done, SecretResult::success());
                               return;
                           }
                           const QString message =
                               tr("\"%1\" was removed from %2, but %n of its parts could not "
                                  "be: %3",
                                  nullptr, failures)
                                   .arg(key, backendName(), first.message);
                           deliver(guard, done, SecretResult::failure(first.status, message));
                       });
        });
    });
}

void ChunkedSecretStore::removeKeys(QStringList keys,
                                    std::function<void(int, const SecretResult &)> done)
{
    struct State
    {
        QStringList keys;
        int failures = 0;
        SecretResult first;
        std::function<void(int, const SecretResult &)> done;
        std::function<void()> next;
    };
    auto state = std::make_shared<State>();
    state->keys = std::move(keys);
    state->done = std::move(done);
    state->next = [this, weak = std::weak_ptr<State>(state)]() {
        const std::shared_ptr<State> s = weak.lock();
        if (!s)
            return;
        if (s->keys.isEmpty()) {
            s->done(s->failures, s->first);
            return;
        }
        m_inner.remove(s->keys.takeFirst(), this, [s](const SecretResult &result) {
            if (!result.ok() && s->failures++ == 0)
                s->first = result;
            s->next();
        });
    };
    state->next();
}

} // namespace PCAuth
