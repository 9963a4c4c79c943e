// Attachments over real HTTP: checked by their content, kept byte for byte.
#include "applications_fixture.hpp"

#include "core/text.hpp"

namespace practica::applications {
namespace {

class AttachmentRoutes : public ApplicationsRoutesTest {
 protected:
  void SetUp() override {
    ApplicationsRoutesTest::SetUp();
    ASSERT_EQ(Api("POST", ApiUrl(kHope), hope_).status, 201);
  }
  std::int64_t Attachments() { return Count("SELECT COUNT(*) FROM application_attachments WHERE application_id IN (SELECT id FROM applications WHERE cohort_id = (SELECT id FROM cohorts WHERE slug = 'ps-5-0'))"); }
};

TEST_F(AttachmentRoutes, KeepsAPdfAndGivesItBackAsADownload) {
  auto attached = Upload(ApiUrl(kHope) + "/attachments", hope_, "Intent to Participate.pdf", "application/pdf", PdfBytes());

  ASSERT_EQ(attached.status, 201) << attached.body;
  const auto file = Json(attached).at("attachments").as_array().at(0).as_object();
  EXPECT_EQ(file.at("content_type").as_string(), "application/pdf");
  auto download = server_->Get(std::string(file.at("url").as_string()), &director_);
  EXPECT_EQ(download.status, 200);
  EXPECT_EQ(download.body, PdfBytes());
  EXPECT_EQ(download.Header("content-type"), "application/pdf");
  EXPECT_TRUE(download.Header("content-disposition").starts_with("attachment; filename=\"Intent to Participate.pdf\""));
  EXPECT_EQ(download.Header("x-content-type-options"), "nosniff");
}

TEST_F(AttachmentRoutes, RefusesAFileNameThatIsNotUtf8AndStoresNothing) {
  auto reply = Upload(ApiUrl(kHope) + "/attachments", hope_, "budget\xff\xfe.pdf", "application/pdf", PdfBytes());

  EXPECT_EQ(reply.status, 422);
  EXPECT_EQ(Json(reply).at("error").at("message").as_string(),
            "The file's name is not UTF-8 text; rename the file and upload it again.");
  EXPECT_EQ(Attachments(), 0);
  auto application = server_->Get(ApiUrl(kHope), &hope_);
  EXPECT_EQ(application.status, 200);
  EXPECT_TRUE(core::IsValidUtf8(application.body)) << "the application's JSON stays valid UTF-8";
}

TEST_F(AttachmentRoutes, AnswersAnHtmxUploadWithTheUpdatedSectionAndARefusalInsideIt) {
  auto attached = Upload(PageUrl(kHope) + "/attachments", hope_, "Intent to Participate.pdf", "application/pdf",
                         PdfBytes(), {{"HX-Request", "true"}});
  auto refused = Upload(PageUrl(kHope) + "/attachments", hope_, "budget.pdf", "application/pdf", PngBytes(),
                        {{"HX-Request", "true"}});

  ASSERT_EQ(attached.status, 200) << "htmx swaps the section in place; no redirect that changes only the hash";
  const auto section = attached.body.substr(attached.body.find("id=\"attachments-section\""));
  EXPECT_NE(section.find("Attached."), std::string::npos);
  EXPECT_NE(section.find("Intent to Participate.pdf"), std::string::npos);
  EXPECT_EQ(section.find("None yet."), std::string::npos);
  ASSERT_EQ(refused.status, 422);
  const auto at = refused.body.find("id=\"attachments-section\"");
  ASSERT_NE(at, std::string::npos);
  EXPECT_NE(refused.body.find("id=\"attachments-error\"", at), std::string::npos)
      << "the refusal shows inside the section, where the person is";
  EXPECT_NE(refused.body.find("budget.pdf is named as a PDF but its content is a PNG image.", at), std::string::npos);
  EXPECT_EQ(Attachments(), 1);
}

TEST_F(AttachmentRoutes, RefusesAFileWhoseContentLiesAboutItsType) {
  auto reply = Upload(ApiUrl(kHope) + "/attachments", hope_, "budget.pdf", "application/pdf", PngBytes());

  EXPECT_EQ(reply.status, 422);
  EXPECT_EQ(Json(reply).at("error").at("message").as_string(),
            "budget.pdf is named as a PDF but its content is a PNG image. Attach the original file, or rename it to "
            "match what it is.");
  EXPECT_EQ(Json(reply).at("error").at("field").as_string(), "file");
  EXPECT_EQ(Attachments(), 0);
}

TEST_F(AttachmentRoutes, RefusesAProgramDressedAsText) {
  const std::string elf = std::string("\x7f" "ELF\x02\x01\x01", 7) + std::string(120, '\0');

  auto reply = Upload(ApiUrl(kHope) + "/attachments", hope_, "notes.txt", "text/plain", elf);

  EXPECT_EQ(reply.status, 422);
  EXPECT_TRUE(std::string(Json(reply).at("error").at("message").as_string()).starts_with("notes.txt is named as plain text"));
  EXPECT_EQ(Attachments(), 0);
}

TEST_F(AttachmentRoutes, RefusesAFileOverFiveMegabytes) {
  const std::string big = PdfBytes() + std::string(5 * 1024 * 1024, ' ');

  auto reply = Upload(ApiUrl(kHope) + "/attachments", hope_, "scan.pdf", "application/pdf", big);

  EXPECT_EQ(reply.status, 422);
  EXPECT_EQ(Json(reply).at("error").at("message").as_string(),
            "scan.pdf is 5.0 MB; an attachment can be at most 5 MB. Attach a smaller file, e.g. a PDF saved at a lower "
            "quality.");
  EXPECT_EQ(Attachments(), 0);
}

TEST_F(AttachmentRoutes, AcceptsAWordDocumentAPngAndPlainText) {
  EXPECT_EQ(Upload(ApiUrl(kHope) + "/attachments", hope_, "plan.docx", "application/octet-stream", DocxBytes()).status, 201);
  EXPECT_EQ(Upload(ApiUrl(kHope) + "/attachments", hope_, "ilt.png", "image/png", PngBytes()).status, 201);
  EXPECT_EQ(Upload(ApiUrl(kHope) + "/attachments", hope_, "notes.txt", "text/plain", "Our ILT meets on Tuesdays.\n").status,
            201);
  EXPECT_EQ(Attachments(), 3);
}

TEST_F(AttachmentRoutes, RemovesAnAttachmentFromTheDraftOnly) {
  auto attached = Upload(ApiUrl(kHope) + "/attachments", hope_, "intent.pdf", "application/pdf", PdfBytes());
  const auto id = Json(attached).at("attachments").as_array().at(0).at("id").as_int64();

  auto removed = server_->PostForm(PageUrl(kHope) + "/attachments/" + std::to_string(id) + "/delete", &hope_, "");

  EXPECT_EQ(removed.status, 303);
  EXPECT_EQ(Attachments(), 0);
}

TEST_F(AttachmentRoutes, RefusesAnUploadThatIsNotMultipart) {
  auto reply = Api("POST", ApiUrl(kHope) + "/attachments", hope_, R"({"file":"x"})");

  EXPECT_EQ(reply.status, 422);
  EXPECT_EQ(Json(reply).at("error").at("field").as_string(), "body");
}

}  // namespace
}  // namespace practica::applications
