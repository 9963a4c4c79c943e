#include "db/postgres_connection.hpp"

#include <libpq-fe.h>
#include <poll.h>

#include <charconv>
#include <cstdlib>
#include <optional>
#include <unordered_map>

#include "core/lost_connection.hpp"
#include "db/database.hpp"

namespace practica::db {
namespace {

using core::ErrorCode;
using core::Fail;

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

class PostgresRow final : public Row {
 public:
  PostgresRow(PGresult* result, int row) : result_(result), row_(row) {}
  int size() const override { return PQnfields(result_); }
  bool IsNull(int c) const override { return PQgetisnull(result_, row_, c) != 0; }
  std::int64_t Int(int c) const override {
    const auto text = Text(c);
    std::int64_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
  }
  double Real(int c) const override { return std::strtod(PQgetvalue(result_, row_, c), nullptr); }
  std::string_view Text(int c) const override {
    return {PQgetvalue(result_, row_, c), static_cast<std::size_t>(PQgetlength(result_, row_, c))};
  }

 private:
  PGresult* result_;
  int row_;
};

// Parameters as libpq takes them: text, or a null pointer for NULL.
struct TextParams {
  explicit TextParams(const Params& params) : texts(params.size()), values(params.size(), nullptr) {
    for (std::size_t i = 0; i < params.size(); ++i) {
      if (std::holds_alternative<std::nullptr_t>(params[i])) continue;
      if (const auto* n = std::get_if<std::int64_t>(&params[i])) {
        texts[i] = std::to_string(*n);
      } else if (const auto* d = std::get_if<double>(&params[i])) {
        texts[i] = std::to_string(*d);
      } else {
        texts[i] = std::get<std::string>(params[i]);
      }
      values[i] = texts[i].c_str();
    }
  }
  std::vector<std::string> texts;
  std::vector<const char*> values;
};

class PostgresConnection final : public Connection {
 public:
  explicit PostgresConnection(PGconn* conn) : conn_(conn) {}
  ~PostgresConnection() override { PQfinish(conn_); }

  Dialect dialect() const override { return Dialect::kPostgres; }

  core::Result<std::int64_t> Execute(std::string_view sql, const Params& params,
                                     const RowFn& on_row) override {
    ObserveStatement(Dialect::kPostgres, sql, params);
    auto name = Ready(sql);
    if (!name) return std::unexpected(name.error());

    const TextParams text(params);
    PgResult result(PQexecPrepared(conn_, name->c_str(), static_cast<int>(params.size()),
                                   text.values.data(), nullptr, nullptr, 0));
    const auto status = PQresultStatus(result.get());
    if (status == PGRES_TUPLES_OK) {
      const int rows = PQntuples(result.get());
      for (int r = 0; r < rows; ++r) on_row(PostgresRow(result.get(), r));
      return static_cast<std::int64_t>(rows);
    }
    if (status == PGRES_COMMAND_OK) return Affected(result.get());
    return Failure(result.get(), sql);
  }

  core::Result<std::int64_t> ExecuteRowByRow(std::string_view sql, const Params& params,
                                             const RowFn& on_row) override {
    ObserveStatement(Dialect::kPostgres, sql, params);
    auto name = Ready(sql);
    if (!name) return std::unexpected(name.error());
    const TextParams text(params);
    if (PQsendQueryPrepared(conn_, name->c_str(), static_cast<int>(params.size()), text.values.data(),
                            nullptr, nullptr, 0) == 0) {
      return Failure(nullptr, sql);
    }
    PQsetSingleRowMode(conn_);  // when it cannot be set, the rows come in one result as usual
    // Every result is read, whatever happens, so the connection is ready for the next statement.
    std::int64_t rows = 0;
    std::optional<core::Result<std::int64_t>> failed;
    try {
      while (PgResult result{PQgetResult(conn_)}) {
        const auto status = PQresultStatus(result.get());
        if (failed) continue;
        if (status == PGRES_SINGLE_TUPLE || status == PGRES_TUPLES_OK) {
          const int count = PQntuples(result.get());
          for (int r = 0; r < count; ++r) on_row(PostgresRow(result.get(), r));
          rows += count;
        } else if (status == PGRES_COMMAND_OK) {
          rows = Affected(result.get());
        } else {
          failed = Failure(result.get(), sql);
        }
      }
    } catch (...) {
      while (PgResult rest{PQgetResult(conn_)}) {
      }
      throw;
    }
    if (failed) return *failed;
    return rows;
  }

  core::Result<void> ExecuteScript(std::string_view sql) override {
    if (auto alive = EnsureConnected(); !alive) return std::unexpected(alive.error());
    PgResult result(PQexec(conn_, std::string(sql).c_str()));
    const auto status = PQresultStatus(result.get());
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return {};
    auto failure = Failure(result.get(), sql);
    return std::unexpected(failure.error());
  }

  bool Refresh() override {
    if (PQstatus(conn_) == CONNECTION_OK && !ClosedByServer()) return false;
    Reconnect();
    return true;
  }

  core::Result<std::int64_t> NextId() override {
    auto id = QueryInt("SELECT nextval('practica_ids')");
    if (!id) return std::unexpected(id.error());
    return id->value_or(0);
  }

 private:
  // An idle connection has nothing to read: when its socket is readable, the server has sent
  // its last words (FATAL: terminating connection …) and closed it. One poll, no round trip.
  bool ClosedByServer() const {
    pollfd socket{PQsocket(conn_), POLLIN, 0};
    if (socket.fd < 0) return true;
    return poll(&socket, 1, 0) != 0;
  }

  // A new session replaces the old; its prepared statements went with it.
  void Reconnect() {
    PQreset(conn_);
    statements_.clear();
  }

  // After a server restart the connection is reset once and its prepared statements forgotten.
  core::Result<void> EnsureConnected() {
    if (PQstatus(conn_) == CONNECTION_OK) return {};
    Reconnect();
    if (PQstatus(conn_) == CONNECTION_OK) return {};
    return Fail(ErrorCode::kUnavailable, "The database server is not answering; try again shortly.",
                std::string("postgres: ") + PQerrorMessage(conn_));
  }

  // The statement's name on a live connection, prepared on first use.
  core::Result<std::string> Ready(std::string_view sql) {
    if (auto alive = EnsureConnected(); !alive) return std::unexpected(alive.error());
    return Prepare(sql);
  }

  // The rows a command changed.
  static std::int64_t Affected(PGresult* result) {
    const char* affected = PQcmdTuples(result);
    return affected[0] == '\0' ? 0 : std::strtoll(affected, nullptr, 10);
  }

  core::Result<std::int64_t> Failure(PGresult* result, std::string_view sql) {
    const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    const std::string sqlstate = state != nullptr ? state : "";
    std::string detail = std::string("postgres ") + sqlstate + ": " + PQerrorMessage(conn_) +
                         " in: " + std::string(sql.substr(0, 200));
    if (sqlstate.starts_with("23")) {  // integrity constraint violation
      return Fail(ErrorCode::kConflict, "That record already exists or is still in use.",
                  std::move(detail));
    }
    // 08: the connection failed; 57P01-57P03: the server is shutting down or restarting.
    const bool lost = sqlstate.starts_with("08") || sqlstate.starts_with("57P0") ||
                      PQstatus(conn_) != CONNECTION_OK;
    if (lost) core::NoteLostConnection();
    if (lost || sqlstate.starts_with("57") || sqlstate == "40001" || sqlstate == "40P01") {
      return Fail(ErrorCode::kUnavailable,
                  "The database is busy or restarting; try again shortly.", std::move(detail));
    }
    return Fail(ErrorCode::kInternal, "The database could not complete the request.",
                std::move(detail));
  }

  core::Result<std::string> Prepare(std::string_view sql) {
    const std::string key(sql);
    if (auto it = statements_.find(key); it != statements_.end()) return it->second;
    std::string name = "s" + std::to_string(statements_.size() + 1);
    PgResult result(PQprepare(conn_, name.c_str(), key.c_str(), 0, nullptr));
    if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
      auto failure = Failure(result.get(), sql);
      return std::unexpected(failure.error());
    }
    statements_.emplace(key, name);
    return name;
  }

  PGconn* conn_;
  std::unordered_map<std::string, std::string> statements_;
};

}  // namespace

core::Result<std::unique_ptr<Connection>> OpenPostgres(const std::string& url) {
  PGconn* conn = PQconnectdb(url.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string detail = PQerrorMessage(conn);
    PQfinish(conn);
    while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' ')) detail.pop_back();
    return Fail(ErrorCode::kUnavailable,
                "Cannot connect to the PostgreSQL database " + RedactAddress(url) + " (" + detail +
                    "); check that the server is running and the URL, user and password are right.",
                detail, "database");
  }
  PQsetNoticeProcessor(conn, [](void*, const char*) {}, nullptr);
  return std::unique_ptr<Connection>(std::make_unique<PostgresConnection>(conn));
}

}  // namespace practica::db
