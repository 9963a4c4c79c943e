#include "mail/message_writer.hpp"

#include <gtest/gtest.h>

namespace practica::mail {
namespace {

using core::ErrorCode;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (auto end = text.find("\r\n"); end != std::string::npos; end = text.find("\r\n", start)) {
    lines.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  return lines;
}

TEST(FormatDate, WritesRfc5322Time) {
  EXPECT_EQ(FormatDate(951782400), "Tue, 29 Feb 2000 00:00:00 +0000");
  EXPECT_EQ(FormatDate(1795425260), "Mon, 23 Nov 2026 09:14:20 +0000");
}

TEST(EncodeHeader, KeepsShortAsciiAsItIs) {
  EXPECT_EQ(EncodeHeader("Subject", "Reset your password"), "Subject: Reset your password\r\n");
}

TEST(EncodeHeader, EncodesNonAscii) {
  EXPECT_EQ(EncodeHeader("Subject", "Confirmación"),
            "Subject: =?UTF-8?B?Q29uZmlybWFjacOzbg==?=\r\n");
}

TEST(EncodeHeader, SplitsLongTextBetweenCharacters) {
  // 30 two-byte letters: 19 fit in the first 39-byte word, 11 go to the second.
  std::string subject;
  for (int i = 0; i < 30; ++i) subject += "ñ";

  EXPECT_EQ(EncodeHeader("Subject", subject),
            "Subject: =?UTF-8?B?w7HDscOxw7HDscOxw7HDscOxw7HDscOxw7HDscOxw7HDscOxw7E=?=\r\n"
            " =?UTF-8?B?w7HDscOxw7HDscOxw7HDscOxw7HDsQ==?=\r\n");
}

TEST(EncodeHeader, EncodesAsciiThatLooksLikeAnEncodedWord) {
  EXPECT_EQ(EncodeHeader("Subject", "=?x?="), "Subject: =?UTF-8?B?PT94Pz0=?=\r\n");
}

TEST(FormatAddress, QuotesANameWithSpecials) {
  EXPECT_EQ(FormatAddress({"Ruiz, Ana \"A\"", "ana@school.org"}),
            "\"Ruiz, Ana \\\"A\\\"\" <ana@school.org>");
}

TEST(FormatAddress, LeavesAPlainNameUnquoted) {
  EXPECT_EQ(FormatAddress({"Ana Ruiz", "ana@school.org"}), "Ana Ruiz <ana@school.org>");
}

TEST(FormatAddress, WritesTheBareAddressWithoutName) {
  EXPECT_EQ(FormatAddress({"", "ana@school.org"}), "ana@school.org");
}

TEST(QuotedPrintable, EncodesEqualsAndNonAscii) {
  EXPECT_EQ(QuotedPrintable("a = ñ"), "a =3D =C3=B1");
}

TEST(QuotedPrintable, EncodesSpaceAtTheEndOfALine) {
  EXPECT_EQ(QuotedPrintable("end \nnext\t"), "end=20\r\nnext=09");
}

TEST(QuotedPrintable, EndsEveryLineWithCrlf) {
  EXPECT_EQ(QuotedPrintable("a\r\nb\rc\n"), "a\r\nb\r\nc\r\n");
}

TEST(QuotedPrintable, BreaksALongLineSoftly) {
  const std::string line(100, 'a');

  EXPECT_EQ(QuotedPrintable(line), std::string(75, 'a') + "=\r\n" + std::string(25, 'a'));
}

TEST(QuotedPrintable, NeverSplitsAnEscape) {
  const std::string line = std::string(74, 'a') + "ñ";

  EXPECT_EQ(QuotedPrintable(line), std::string(74, 'a') + "=\r\n=C3=B1");
}

TEST(WriteMessage, WritesShortAsciiLinesWithCrlf) {
  const Message message{"ana@school.org", "Ana Núñez", "Confirmación de su cuenta",
                        "Hola Ana,\n\n" + std::string(300, 'x') + "\n.\nFin"};

  const std::string text = WriteMessage(message, {"Practica", "noreply@district.org"},
                                        951782400, "<id@district.org>");

  EXPECT_EQ(text.rfind("Date: Tue, 29 Feb 2000 00:00:00 +0000\r\n"
                       "From: Practica <noreply@district.org>\r\n"
                       "To: =?UTF-8?B?QW5hIE7DusOxZXo=?=\r\n <ana@school.org>\r\n",
                       0),
            0u);
  EXPECT_NE(text.find("\r\nMessage-ID: <id@district.org>\r\nMIME-Version: 1.0\r\n"
                      "Content-Type: text/plain; charset=utf-8\r\n"
                      "Content-Transfer-Encoding: quoted-printable\r\n\r\nHola Ana,\r\n"),
            std::string::npos);
  EXPECT_EQ(text.substr(text.size() - 7), "\r\nFin\r\n");
  for (const auto& line : Lines(text)) {
    EXPECT_LE(line.size(), 78u) << line;
    for (unsigned char c : line) EXPECT_LT(c, 0x80) << line;
  }
}

TEST(CheckMessage, RefusesALineBreakInTheSubject) {
  const auto checked = CheckMessage({"ana@school.org", "", "Hello\r\nBcc: x@y.org", "Hi"});

  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(checked.error().field, "subject");
  EXPECT_EQ(checked.error().message,
            "The e-mail subject \"Hello\\r\\nBcc: x@y.org\" cannot be used: it must be one line "
            "without control characters.");
}

TEST(CheckMessage, RefusesALineBreakInTheName) {
  const auto checked = CheckMessage({"ana@school.org", "Ana\r\nBcc: x@y.org", "Hello", "Hi"});

  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().field, "to_name");
}

TEST(CheckMessage, RefusesTextThatIsNotUtf8) {
  const auto checked = CheckMessage({"ana@school.org", "", "Hello", "caf\xe9"});

  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().field, "text");
}

}  // namespace
}  // namespace practica::mail
