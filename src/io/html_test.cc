#include "io/html.h"

#include <gtest/gtest.h>

#include "io/utf8.h"

namespace crosscheck {
namespace {

// A made-up page with the usual furniture around a two-paragraph story.
constexpr char kPage[] = R"(<!doctype html>
<html><head>
  <title>Harbour fire | The Example Post</title>
  <meta property="og:title" content="Fire damages harbour warehouse">
  <meta property="og:site_name" content="The Example Post">
  <meta property="article:published_time" content="2022-03-04T09:15:00Z">
  <link rel="canonical" href="https://example.org/news/harbour-fire">
  <script>var tracking = "do not keep";</script>
  <style>p { color: red }</style>
</head><body>
  <header><a href="/">Home</a></header>
  <nav><ul><li>World</li><li>Sport</li></ul></nav>
  <div class="cookie-banner">We use cookies.</div>
  <article>
    <h1>Fire damages   harbour warehouse</h1>
    <p>A fire broke out at a warehouse on the&nbsp;quay early on Thursday,
       the port authority said.</p>
    <figure><img src="x.jpg"><figcaption>Smoke over the quay.</figcaption></figure>
    <div class="share-tools">Share this story</div>
    <p>Firefighters said two workers were treated for smoke inhalation &amp; released.</p>
    <p class="image-caption">Photo: a reader</p>
    <script>console.log("inline");</script>
  </article>
  <aside><h2>Related</h2><p>Another story entirely.</p></aside>
  <div id="comments"><p>First comment!</p></div>
  <footer>Copyright</footer>
</body></html>)";

TEST(ExtractHtmlArticle, KeepsStoryParagraphsAndDropsFurniture) {
  Result<HtmlArticle> a = ExtractHtmlArticle(kPage, "page.html");
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->text,
            "Fire damages harbour warehouse\n\n"
            "A fire broke out at a warehouse on the quay early on Thursday, the port authority said.\n\n"
            "Firefighters said two workers were treated for smoke inhalation & released.");
}

TEST(ExtractHtmlArticle, ReadsMetadata) {
  Result<HtmlArticle> a = ExtractHtmlArticle(kPage, "page.html");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Fire damages harbour warehouse");
  EXPECT_EQ(a->published, "2022-03-04");
  EXPECT_EQ(a->url, "https://example.org/news/harbour-fire");
  EXPECT_EQ(a->source, "The Example Post");
}

TEST(ExtractHtmlArticle, WithoutArticleTagPicksTheParagraphRichElement) {
  constexpr char kPlain[] = R"(<html><head><title> Plain page </title></head><body>
    <div class="menu"><p>Home</p><p>About</p></div>
    <div id="story">
      <p>The council voted on Monday to reopen the old bridge.</p>
      <p>Engineers had closed it last year after cracks were found.<br>Repairs took eight months.</p>
    </div>
    <div class="sidebar"><p>Most read</p></div>
    <p><time datetime="2020-06-01">June 1</time></p>
  </body></html>)";
  Result<HtmlArticle> a = ExtractHtmlArticle(kPlain, "plain.htm");
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->text,
            "The council voted on Monday to reopen the old bridge.\n\n"
            "Engineers had closed it last year after cracks were found.\n\n"
            "Repairs took eight months.");
  EXPECT_EQ(a->title, "Plain page");
  EXPECT_EQ(a->published, "");  // the only <time> is outside the story
}

TEST(ExtractHtmlArticle, JsonLdAndTimeElementDates) {
  constexpr char kLd[] = R"(<html><head>
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"NewsArticle","headline":"Bridge reopens","datePublished":"2019-11-30T12:00:00Z",
       "publisher":{"@type":"Organization","name":"Example Wire"}}]}</script>
    </head><body><main><p>The bridge reopened to traffic on Saturday.</p></main></body></html>)";
  Result<HtmlArticle> a = ExtractHtmlArticle(kLd, "ld.html");
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->published, "2019-11-30");
  EXPECT_EQ(a->title, "Bridge reopens");
  EXPECT_EQ(a->source, "Example Wire");

  constexpr char kTime[] = R"(<html><body><article>
    <p>Posted <time datetime="2018-05-06T10:00">Sunday</time></p>
    <p>Voters queued from dawn.</p></article></body></html>)";
  Result<HtmlArticle> t = ExtractHtmlArticle(kTime, "t.html");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->published, "2018-05-06");
}

TEST(ExtractHtmlArticle, ContainerClassWordsDoNotDropTheStory) {
  constexpr char kPage2[] = R"(<html><body class="nav-open">
    <article class="story has-comments"><p>Rain flooded the lower town overnight.</p></article>
    </body></html>)";
  Result<HtmlArticle> a = ExtractHtmlArticle(kPage2, "c.html");
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->text, "Rain flooded the lower town overnight.");
}

TEST(ExtractHtmlArticle, ErrorsOnEmptyAndTextlessPages) {
  Result<HtmlArticle> empty = ExtractHtmlArticle("  \n", "e.html");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.status().message(), "e.html: empty report");

  Result<HtmlArticle> none = ExtractHtmlArticle("<html><body><nav>Menu</nav></body></html>", "n.html");
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.status().message().find("no article text"), std::string::npos);

  Result<HtmlArticle> bad = ExtractHtmlArticle("<p>caf\xE9</p>", "latin1.html");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("invalid UTF-8"), std::string::npos);
}

TEST(ExtractHtmlArticle, SurvivesDeepNesting) {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<div>";
  deep += "<p>Deep text.</p>";
  Result<HtmlArticle> a = ExtractHtmlArticle("<p>Shallow text here.</p>" + deep, "deep.html");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text, "Shallow text here.");
}

// Found by fuzz/fuzz_html: gumbo turns an overflowing numeric character
// reference into bytes that are not UTF-8; the article text must still be
// valid UTF-8 (the JSON writer rejects anything else).
TEST(ExtractHtmlArticle, OverflowingCharacterReferenceStillGivesValidUtf8) {
  auto a = ExtractHtmlArticle("<p>quote &#x201DBBBBBBBBBBBBBBB; end</p>", "t.html");
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_FALSE(FindInvalidUtf8(a->text).has_value());
  EXPECT_TRUE(a->text.starts_with("quote ")) << a->text;
  EXPECT_TRUE(a->text.ends_with(" end")) << a->text;
}

}  // namespace
}  // namespace crosscheck
