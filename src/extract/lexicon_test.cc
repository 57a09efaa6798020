#include "extract/lexicon.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace crosscheck {
namespace {

TEST(Lexicon, ShippedDataLoads) {
  auto lex = Lexicon::Load(CROSSCHECK_DATA_DIR);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  EXPECT_TRUE(lex->HasType("kill"));
  EXPECT_TRUE(lex->HasType("closure"));
  EXPECT_GT(lex->triggers().size(), 100u);
  EXPECT_FALSE(lex->version().empty());
}

TEST(Lexicon, RejectsUnknownTypeWithFileAndLine) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(::testing::TempDir()) / "lexicon_bad";
  fs::remove_all(dir);
  fs::create_directories(dir / "lexicon");
  fs::copy(fs::path(CROSSCHECK_DATA_DIR) / "taxonomy.tsv", dir / "taxonomy.tsv");
  std::ofstream(dir / "lexicon" / "triggers.tsv") << "#crosscheck-lexicon 1 triggers\nkill\tkill\t\nexplode\tblow up\t\n";
  auto lex = Lexicon::Load(dir.string());
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.status().message().find("triggers.tsv:3"), std::string::npos) << lex.status().message();
  EXPECT_NE(lex.status().message().find("explode"), std::string::npos);
}

TEST(Lexicon, RejectsForeignHeader) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(::testing::TempDir()) / "lexicon_foreign";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "taxonomy.tsv") << "type\tdescription\n";
  auto lex = Lexicon::Load(dir.string());
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.status().message().find("taxonomy.tsv:1"), std::string::npos);
}

}  // namespace
}  // namespace crosscheck
