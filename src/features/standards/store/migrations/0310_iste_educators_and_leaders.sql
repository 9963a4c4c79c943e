-- The ISTE Standards for Educators (2017, "educators", 2.1 to 2.7) and for Education Leaders
-- (2018, "leaders", 3.1 to 3.5) for every district already seeded with reference data (one that
-- has standards rows): seeding happens once, when the district is made, so without this a
-- district made before these families would never show them. A district seeded from now on
-- gets them from StandardsStore::SeedReferenceData, which holds the same wording (a test
-- compares the two); here it is frozen as it stood when the families were added. The districts
-- are read from this room's own table, since the districts room publishes no view of its own.
-- ON CONFLICT DO NOTHING keeps any code a district already has; "WHERE true" lets SQLite read
-- ON CONFLICT as the upsert clause rather than a join's ON.
INSERT INTO standards (district_id, code, family, name, summary)
  SELECT d.district_id, s.column1, s.column2, s.column3, s.column4
  FROM (SELECT DISTINCT district_id FROM standards) d, (VALUES
    ('2.1', 'educators', 'Learner', 'Educators keep growing as professionals, learning alongside colleagues and testing which uses of technology help students learn.'),
    ('2.2', 'educators', 'Leader', 'Educators take up leadership to help students succeed and to improve teaching and learning around them.'),
    ('2.3', 'educators', 'Citizen', 'Educators help students take part in the digital world responsibly and contribute to it for the better.'),
    ('2.4', 'educators', 'Collaborator', 'Educators make time to work with colleagues and students to improve practice, share resources and solve problems.'),
    ('2.5', 'educators', 'Designer', 'Educators design authentic, learner-driven activities and environments that make room for how students differ.'),
    ('2.6', 'educators', 'Facilitator', 'Educators guide learning with technology so that students reach the ISTE Standards for Students.'),
    ('2.7', 'educators', 'Analyst', 'Educators read and use data to steer their teaching and to help students reach their learning goals.'),
    ('3.1', 'leaders', 'Equity and Citizenship Advocate', 'Leaders use technology to widen equity and inclusion and to build digital citizenship.'),
    ('3.2', 'leaders', 'Visionary Planner', 'Leaders work with their community on a vision for learning with technology, a plan to reach it and a regular check on progress.'),
    ('3.3', 'leaders', 'Empowering Leader', 'Leaders build a culture in which teachers and students are free to use technology in new ways that enrich learning.'),
    ('3.4', 'leaders', 'Systems Designer', 'Leaders build the teams and systems that put technology for learning in place, keep it running and improve it.'),
    ('3.5', 'leaders', 'Connected Learner', 'Leaders keep learning professionally and encourage others to do the same.')) AS s
  WHERE true
  ON CONFLICT DO NOTHING;

INSERT INTO standard_indicators (district_id, code, standard_code, text)
  SELECT d.district_id, i.column1, i.column2, i.column3
  FROM (SELECT DISTINCT district_id FROM standards) d, (VALUES
    ('2.1.a', '2.1', 'Set goals for trying teaching approaches technology makes possible, and reflect on how they work.'),
    ('2.1.b', '2.1', 'Build and take part in learning networks, near and far, around their professional interests.'),
    ('2.1.c', '2.1', 'Keep up with research, the learning sciences included, on what improves student outcomes.'),
    ('2.2.a', '2.2', 'Work with the school community toward a shared vision of learning empowered by technology.'),
    ('2.2.b', '2.2', 'Speak up for fair access to technology, good digital content and learning for every student.'),
    ('2.2.c', '2.2', 'Show colleagues how to find, try, judge, curate and adopt new digital tools and resources.'),
    ('2.3.a', '2.3', 'Give students chances to contribute online in positive, responsible and empathetic ways.'),
    ('2.3.b', '2.3', 'Build a culture of curiosity and critical reading of online sources, growing media literacy.'),
    ('2.3.c', '2.3', 'Guide students in safe, legal and ethical use of digital tools, respecting intellectual property.'),
    ('2.3.d', '2.3', 'Model care of personal data and digital identity, and protect students'' data privacy.'),
    ('2.4.a', '2.4', 'Plan with colleagues to create authentic learning experiences that use technology.'),
    ('2.4.b', '2.4', 'Learn alongside students as they discover new digital resources and fix technology problems.'),
    ('2.4.c', '2.4', 'Use collaboration tools to connect students with experts, teams and students near and far.'),
    ('2.4.d', '2.4', 'Communicate with students, families and colleagues with cultural competence, as partners.'),
    ('2.5.a', '2.5', 'Use technology to create, adapt and personalise learning so every student can work independently.'),
    ('2.5.b', '2.5', 'Design authentic activities aligned with content standards, using digital tools for deep learning.'),
    ('2.5.c', '2.5', 'Apply instructional design principles to build engaging digital learning environments.'),
    ('2.6.a', '2.6', 'Build a culture where students own their learning goals and results, alone and in groups.'),
    ('2.6.b', '2.6', 'Manage technology and learning strategies online, in virtual spaces, makerspaces and the field.'),
    ('2.6.c', '2.6', 'Challenge students to solve problems with a design process or computational thinking.'),
    ('2.6.d', '2.6', 'Model and encourage creativity and creative expression in sharing ideas.'),
    ('2.7.a', '2.7', 'Offer students several ways, technology among them, to show what they know.'),
    ('2.7.b', '2.7', 'Use technology for varied formative and summative assessments with timely feedback.'),
    ('2.7.c', '2.7', 'Use assessment data to guide progress and share it with students, families and others.'),
    ('3.1.a', '3.1', 'Make sure every student has teachers skilled at using technology to meet their needs.'),
    ('3.1.b', '3.1', 'Make sure every student has the devices and connection that engaging learning needs.'),
    ('3.1.c', '3.1', 'Model digital citizenship: weigh online sources, keep discussion civil, use tools for good.'),
    ('3.1.d', '3.1', 'Cultivate safe, ethical, legal and responsible behaviour online.'),
    ('3.2.a', '3.2', 'Involve the community in shaping and adopting a shared vision, informed by the learning sciences.'),
    ('3.2.b', '3.2', 'Turn the shared vision into a strategic plan, written together, for how technology helps learning.'),
    ('3.2.c', '3.2', 'Evaluate the plan''s progress, correct course, measure impact and grow what works.'),
    ('3.2.d', '3.2', 'Keep stakeholders informed, hear their input, celebrate successes and keep improving.'),
    ('3.2.e', '3.2', 'Share lessons, practices, challenges and results with other education leaders.'),
    ('3.3.a', '3.3', 'Give educators professional agency, grow teacher leaders and support personal learning paths.'),
    ('3.3.b', '3.3', 'Build educators'' confidence and skill with the ISTE Standards for Students and Educators.'),
    ('3.3.c', '3.3', 'Make time and space for innovation, collaboration and experiments with digital learning.'),
    ('3.3.d', '3.3', 'Help educators use technology to meet students'' learning, cultural and social-emotional needs.'),
    ('3.3.e', '3.3', 'Develop assessments that give a personal, usable and timely view of each student''s progress.'),
    ('3.4.a', '3.4', 'Lead teams in building the infrastructure and systems the strategic plan needs.'),
    ('3.4.b', '3.4', 'Make sure the resources for using technology well are enough and can grow.'),
    ('3.4.c', '3.4', 'Protect privacy and security: students and staff follow sound data policies.'),
    ('3.4.d', '3.4', 'Build partnerships that advance the vision, reach its goals and save money.'),
    ('3.5.a', '3.5', 'Set goals to stay current on emerging technologies for learning.'),
    ('3.5.b', '3.5', 'Take part regularly in online professional networks, learning with and mentoring others.'),
    ('3.5.c', '3.5', 'Use technology to reflect regularly on their practice and grow as leaders.'),
    ('3.5.d', '3.5', 'Build the skills to lead change and foster continuous improvement.')) AS i
  WHERE true
  ON CONFLICT DO NOTHING;
