// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <utility>
#include <variant>

#include <QString>

namespace PCAuth {

/// The error half of an Expected: a message written for the user, saying what went wrong
/// and, where there is something to do, what to do.
struct Failure
{
    QString message;
};

inline Failure fail(QString message)
{
    return Failure{std::move(message)};
}

/// A value or the reason there is none. std::expected arrives with C++23; this is the
/// small subset the core needs.
template<typename T>
class Expected
{
public:
    Expected(const T &value)
        : m_data(value)
    { }
    Expected(T &&value)
        : m_data(std::move(value))
    { }
    Expected(Failure failure)
        : m_data(std::move(failure))
    { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    const T &operator*() const & { return std::get<T>(m_data); }

    /// Empty when ok().
    QString error() const { return ok() ? QString() : std::get<Failure>(m_data).message; }

private:
    std::variant<T, Failure> m_data;
};

/// The outcome of an operation that has no value: ok, or the reason it failed. Return
/// `{}` (or success()) when it worked and `fail(...)` when it did not.
class Result
{
public:
    Result() = default;
    Result(Failure failure)
        : m_failure(std::move(failure))
    { }

    static Result success() { return Result(); }

    bool ok() const { return !m_failure.has_value(); }
    explicit operator bool() const { return ok(); }

    /// Empty when ok().
    QString error() const { return m_failure ? m_failure->message : QString(); }

private:
    std::optional<Failure> m_failure;
};

} // namespace PCAuth
