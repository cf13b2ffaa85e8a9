// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "keychainselftest.h"

#include "vault/secretstore.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, '\0');
    for (char &byte : bytes)
        byte = char(QRandomGenerator::system()->bounded(256));
    return bytes;
}

} // namespace

KeychainSelfTest::KeychainSelfTest(SecretStore &store, QString service, QObject *parent)
    : QObject(parent)
    , m_store(&store)
    , m_service(std::move(service))
{ }

KeychainSelfTest::~KeychainSelfTest()
{
    // Destroyed mid-run (the page closed): the store outlives us and still deletes the canary.
    if (isRunning())
        m_store->remove(m_key, m_store, [](const SecretResult &) {});
}

void KeychainSelfTest::start()
{
    if (isRunning())
        return;
    m_run = new QObject(this);
    m_key = m_service + u"/selftest/"_s + QString::fromLatin1(randomBytes(12).toHex());
    m_canary = randomBytes(48);
    m_timer.start();
    m_store->write(m_key, m_canary, m_run, [this](const SecretResult &result) {
        if (!result.ok())
            fail(tr("Self-test failed: %1 could not store a test item. %2")
                     .arg(m_store->backendName(), result.message));
        else
            readBack();
    });
}

void KeychainSelfTest::readBack()
{
    m_store->read(m_key, m_run, [this](const SecretResult &result) {
        if (result.status == SecretResult::Status::NotFound)
            fail(tr("Self-test failed: %1 did not find the test item it had just stored. The "
                    "keychain may be locked: unlock it and run the self-test again.")
                     .arg(m_store->backendName()));
        else if (!result.ok())
            fail(tr("Self-test failed: %1 could not read back the test item it had just "
                    "stored. %2")
                     .arg(m_store->backendName(), result.message));
        else if (result.data != m_canary)
            fail(tr("Self-test failed: %1 gave back different data than was stored. Do not keep "
                    "tokens in this keychain until it passes: check or repair it.")
                     .arg(m_store->backendName()));
        else
            removeCanary();
    });
}

void KeychainSelfTest::removeCanary()
{
    m_store->remove(m_key, m_run, [this](const SecretResult &result) {
        if (!result.ok()) {
            fail(tr("Self-test failed: %1 could not delete the test item %2. %3")
                     .arg(m_store->backendName(), m_key, result.message));
            return;
        }
        const qint64 ms = m_timer.elapsed();
        endRun();
        Q_EMIT finished(true, tr("Passed in %n ms", nullptr, int(ms)));
    });
}

void KeychainSelfTest::endRun()
{
    // Called from a callback whose context is m_run: delete it once that has returned.
    m_run->deleteLater();
    m_run.clear();
}

void KeychainSelfTest::fail(const QString &message)
{
    endRun();
    // The canary may have been written before the failure: delete it, answer or not.
    m_store->remove(m_key, this, [](const SecretResult &) {});
    Q_EMIT finished(false, message);
}

void KeychainSelfTest::cancel()
{
    if (!isRunning())
        return;
    delete m_run;
    m_store->remove(m_key, this, [](const SecretResult &) {});
}

} // namespace PCAuth
