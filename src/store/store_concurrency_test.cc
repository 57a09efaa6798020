// Several ingest processes writing one store at once give the same incidents
// as one process storing the same reports: forty reports of ten incidents,
// each told by four outlets with their own figures, dealt out round-robin to
// four writer processes that start together.
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "store/store_test_support.h"

namespace crosscheck::store_test {
namespace {

constexpr int kEvents = 10, kOutlets = 4, kReports = kEvents * kOutlets, kWriters = 4;

class StoreConcurrencyTest : public BackendTest {};

TEST_P(StoreConcurrencyTest, ConcurrentWritersGiveTheIncidentsOfOneWriter) {
  std::set<CanonicalIncident> one_writer;
  {
    auto store = OpenStoreAt(NewStoreUri());
    ASSERT_TRUE(store);
    for (int n = 0; n < kReports; ++n) {
      const Doc d = EventReport(n, kEvents);
      ASSERT_TRUE(store->PutDocument(d.extraction, d.text, kVersion).ok());
    }
    one_writer = Canonical(*store);
  }
  ASSERT_EQ(one_writer.size(), static_cast<size_t>(kEvents)) << Describe(one_writer);
  for (const auto& incident : one_writer) EXPECT_EQ(incident.claims.size(), static_cast<size_t>(kOutlets));

  { ASSERT_TRUE(OpenStore()); }  // the schema exists before the writers race
  int ready[2];
  ASSERT_EQ(pipe(ready), 0);
  std::vector<pid_t> writers;
  for (int w = 0; w < kWriters; ++w) {
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      close(ready[1]);
      auto store = Store::Open(uri_);
      if (!store.ok()) _exit(3);
      char go;
      if (read(ready[0], &go, 1) < 0) _exit(4);  // all start when the pipe closes
      // Writer w takes reports w, w + 4, ...: every incident gets reports
      // from several writers at about the same time.
      for (int n = w; n < kReports; n += kWriters) {
        const Doc d = EventReport(n, kEvents);
        if (!(*store)->PutDocument(d.extraction, d.text, kVersion).ok()) _exit(5);
      }
      _exit(0);
    }
    writers.push_back(child);
  }
  close(ready[0]);
  close(ready[1]);
  for (pid_t child : writers) {
    int status = 0;
    waitpid(child, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "writer status " << status;
  }
  auto store = OpenStore();
  ASSERT_TRUE(store);
  const auto together = Canonical(*store);
  EXPECT_EQ(together, one_writer) << "one writer: " << Describe(one_writer) << "\nfour: " << Describe(together);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreConcurrencyTest, ::testing::Values("sqlite", "postgresql"), BackendName);

}  // namespace
}  // namespace crosscheck::store_test
