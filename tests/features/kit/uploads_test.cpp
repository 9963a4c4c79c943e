#include "features/kit/uploads.hpp"

#include <gtest/gtest.h>

namespace practica::features {

TEST(CheckAttachment, AcceptsAPdfWhoseContentIsAPdf) {
  auto type = CheckAttachment("intent.pdf", "application/pdf", "application/pdf", 120000);

  ASSERT_TRUE(type.has_value());
  EXPECT_EQ(*type, "application/pdf");
}

TEST(CheckAttachment, RefusesAFileWhoseContentLiesAboutItsName) {
  auto refused = CheckAttachment("budget.pdf", "application/pdf", "image/png", 2000);

  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(refused.error().message,
            "budget.pdf is named as a PDF but its content is a PNG image. Attach the original file, or rename it "
            "to match what it is.");
  EXPECT_EQ(refused.error().field, "file");
}

TEST(CheckAttachment, RefusesADeclaredTypeThatDisagreesWithTheContent) {
  auto refused = CheckAttachment("photo.png", "application/pdf", "image/png", 2000);

  EXPECT_EQ(refused.error().message, "photo.png was sent as application/pdf but its content is a PNG image; attach it again.");
}

TEST(CheckAttachment, RefusesAFileOverFiveMegabytes) {
  auto refused = CheckAttachment("scan.pdf", "application/pdf", "application/pdf", 6 * 1024 * 1024 + 200000);

  EXPECT_EQ(refused.error().message,
            "scan.pdf is 6.2 MB; an attachment can be at most 5 MB. Attach a smaller file, e.g. a PDF saved at a "
            "lower quality.");
}

TEST(CheckAttachment, RefusesKindsItDoesNotAccept) {
  auto program = CheckAttachment("setup.exe", "", "application/x-dosexec", 100);
  auto zipped = CheckAttachment("notes.docx", "", "application/zip", 100);

  EXPECT_EQ(program.error().message,
            "setup.exe is not a kind of file Practica accepts; attach a PDF, a PNG or JPEG image, plain text (.txt) "
            "or a Word document (.docx).");
  EXPECT_EQ(zipped.error().message,
            "notes.docx is named as a Word document but its content is a ZIP archive. Attach the original file, or "
            "rename it to match what it is.");
}

TEST(CheckAttachment, AcceptsEveryKindOnTheList) {
  EXPECT_TRUE(CheckAttachment("a.PNG", "image/png", "image/png", 1).has_value());
  EXPECT_TRUE(CheckAttachment("a.jpeg", "", "image/jpeg", 1).has_value());
  EXPECT_TRUE(CheckAttachment("a.txt", "text/plain; charset=utf-8", "text/plain", 1).has_value());
  EXPECT_TRUE(CheckAttachment("a.docx", "application/octet-stream",
                              "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 1)
                  .has_value());
}

TEST(CheckAttachment, RefusesAnEmptyFile) {
  EXPECT_EQ(CheckAttachment("a.txt", "", "application/x-empty", 0).error().message,
            "a.txt is empty; attach the file with its content.");
}

TEST(CleanFileName, DropsFoldersAndControlCharacters) {
  EXPECT_EQ(CleanFileName("C:\\fakepath\\intent.pdf"), "intent.pdf");
  EXPECT_EQ(CleanFileName("../../etc/\"pass\nwd\".txt"), "passwd.txt");
}

TEST(DescribeSize, WritesBytesKilobytesAndMegabytes) {
  EXPECT_EQ(DescribeSize(12), "12 bytes");
  EXPECT_EQ(DescribeSize(830 * 1024), "830 KB");
  EXPECT_EQ(DescribeSize(1258291), "1.2 MB");
}

}  // namespace practica::features
