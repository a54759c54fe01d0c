--liquibase formatted sql
-- The district in the demo (issue 13): Quận Long Biên with its own leaders, departments, Front and clerk, and two
-- more wards beside Phường Thượng Thanh (Phúc Đồng, Việt Hưng), each with its conferences. Escalations inside the
-- system in both directions: wards to the district (one waiting, two answered back down, one of them resolved a year
-- ago) and the district to the city (waiting). Every person is invented; password demo@2020 like every demo user.
-- Dates are fixed in October-November 2026 (and 2025 for last year's conference). Context "living-demo": the app's
-- demo only; the tests make districts of their own (TestWards.createDistrict).

--changeset petitionboard:0102-1 context:living-demo
INSERT INTO unit (id, parent_id, code, name, kind) VALUES
    (4, 2, 'HN-LB-PD', 'Phường Phúc Đồng', 'WARD'),
    (5, 2, 'HN-LB-VH', 'Phường Việt Hưng', 'WARD');

INSERT INTO department (id, unit_id, code, name, sort_order) VALUES
    (101, 2, 'VP', 'Văn phòng HĐND – UBND quận', 1),
    (102, 2, 'TNMT', 'Phòng Tài nguyên và Môi trường', 2),
    (103, 2, 'QLDT', 'Phòng Quản lý đô thị', 3),
    (104, 4, 'DCXD', 'Địa chính – Xây dựng', 1),
    (105, 4, 'VP', 'Văn phòng HĐND – UBND', 2),
    (106, 5, 'DCXD', 'Địa chính – Xây dựng', 1),
    (107, 5, 'KTHT', 'Kinh tế – Hạ tầng – Đô thị', 2);

INSERT INTO app_user (id, unit_id, department_id, username, password_hash, full_name, position_title) VALUES
    (101, 2, NULL, 'qbithu', '{bcrypt}$2a$10$W8BdAk0ngwT7hb8ONz9UjO63UBJD9CcEXHckus4R4aefyYbGlKtgC', 'Trịnh Quốc Bảo', 'Bí thư Quận ủy, Chủ tịch HĐND quận'),
    (102, 2, NULL, 'qchutich', '{bcrypt}$2a$10$W8BdAk0ngwT7hb8ONz9UjO63UBJD9CcEXHckus4R4aefyYbGlKtgC', 'Lê Thị Ngọc Anh', 'Chủ tịch UBND quận'),
    (103, 2, 101, 'qvanthu', '{bcrypt}$2a$10$W8BdAk0ngwT7hb8ONz9UjO63UBJD9CcEXHckus4R4aefyYbGlKtgC', 'Phan Thu Hà', 'Chuyên viên Văn phòng HĐND – UBND quận'),
    (104, 2, 102, 'qtnmt', '{bcrypt}$2a$10$W8BdAk0ngwT7hb8ONz9UjO63UBJD9CcEXHckus4R4aefyYbGlKtgC', 'Đặng Minh Khôi', 'Chuyên viên Phòng Tài nguyên và Môi trường'),
    (105, 2, 103, 'qqldt', '{bcrypt}$2a$10$W8BdAk0ngwT7hb8ONz9UjO63UBJD9CcEXHckus4R4aefyYbGlKtgC', 'Võ Thanh Tùng', 'Chuyên viên Phòng Quản lý đô thị'),
    (106, 2, NULL, 'qmattran', '{bcrypt}$2a$10$W8BdAk0ngwT7hb8ONz9UjO63UBJD9CcEXHckus4R4aefyYbGlKtgC', 'Bùi Thị Lan', 'Phó Chủ tịch Ủy ban MTTQ quận'),
    (107, 4, NULL, 'pdchutich', '{bcrypt}$2a$10$W8BdAk0ngwT7hb8ONz9UjO63UBJD9CcEXHckus4R4aefyYbGlKtgC', 'Nguyễn Đức Long', 'Chủ tịch UBND phường Phúc Đồng'),
    (108, 4, 105, 'pdvanthu', '{bcrypt}$2a$10$W8BdAk0ngwT7hb8ONz9UjO63UBJD9CcEXHckus4R4aefyYbGlKtgC', 'Hà Thị Mai', 'Công chức Văn phòng – Thống kê'),
    (109, 4, 104, 'pddiachinh', '{bcrypt}$2a$10$W8BdAk0ngwT7hb8ONz9UjO63UBJD9CcEXHckus4R4aefyYbGlKtgC', 'Lý Văn Sơn', 'Công chức Địa chính – Xây dựng'),
    (110, 4, NULL, 'pdmattran', '{bcrypt}$2a$10$W8BdAk0ngwT7hb8ONz9UjO63UBJD9CcEXHckus4R4aefyYbGlKtgC', 'Đinh Thị Hòa', 'Chủ tịch Ủy ban MTTQ phường Phúc Đồng'),
    (111, 5, NULL, 'vhchutich', '{bcrypt}$2a$10$W8BdAk0ngwT7hb8ONz9UjO63UBJD9CcEXHckus4R4aefyYbGlKtgC', 'Trần Quang Vinh', 'Chủ tịch UBND phường Việt Hưng'),
    (112, 5, NULL, 'vhvanthu', '{bcrypt}$2a$10$W8BdAk0ngwT7hb8ONz9UjO63UBJD9CcEXHckus4R4aefyYbGlKtgC', 'Lưu Thị Nga', 'Công chức Văn phòng – Thống kê'),
    (113, 5, 107, 'vhhatang', '{bcrypt}$2a$10$W8BdAk0ngwT7hb8ONz9UjO63UBJD9CcEXHckus4R4aefyYbGlKtgC', 'Cao Văn Đạt', 'Công chức Kinh tế – Hạ tầng – Đô thị'),
    (114, 5, NULL, 'vhmattran', '{bcrypt}$2a$10$W8BdAk0ngwT7hb8ONz9UjO63UBJD9CcEXHckus4R4aefyYbGlKtgC', 'Phí Thị Yến', 'Chủ tịch Ủy ban MTTQ phường Việt Hưng');

INSERT INTO user_role (user_id, role) VALUES
    (101, 'PARTY_SECRETARY'), (102, 'COMMITTEE_CHAIR'), (103, 'CLERK'), (104, 'DEPARTMENT_OFFICER'),
    (105, 'DEPARTMENT_OFFICER'), (106, 'FRONT_REVIEWER'), (107, 'COMMITTEE_CHAIR'), (108, 'CLERK'),
    (109, 'DEPARTMENT_OFFICER'), (110, 'FRONT_REVIEWER'), (111, 'COMMITTEE_CHAIR'), (112, 'CLERK'),
    (113, 'DEPARTMENT_OFFICER'), (114, 'FRONT_REVIEWER');

INSERT INTO conference (id, unit_id, kind, title, held_on, venue, chairs, delegate_count, created_by, created_at) VALUES
    (101, 4, 'DIALOGUE', 'Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với MTTQ, các tổ chức chính trị - xã hội và nhân dân năm 2026',
        '2026-10-20', 'Hội trường UBND phường Phúc Đồng', 'Nguyễn Đức Long – Chủ tịch UBND phường', 45, 108, '2026-10-20 17:00:00'),
    (102, 5, 'DIALOGUE', 'Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với MTTQ, các tổ chức chính trị - xã hội và nhân dân năm 2025',
        '2025-10-14', 'Hội trường UBND phường Việt Hưng', 'Trần Quang Vinh – Chủ tịch UBND phường', 40, 112, '2025-10-14 17:00:00'),
    (103, 5, 'DIALOGUE', 'Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với MTTQ, các tổ chức chính trị - xã hội và nhân dân năm 2026',
        '2026-10-22', 'Hội trường UBND phường Việt Hưng', 'Trần Quang Vinh – Chủ tịch UBND phường', 48, 112, '2026-10-22 17:00:00'),
    (104, 2, 'VOTER_CONTACT', 'Hội nghị tiếp xúc cử tri quận Long Biên trước kỳ họp cuối năm 2026 của HĐND quận',
        '2026-11-10', 'Hội trường UBND quận Long Biên', 'Trịnh Quốc Bảo – Bí thư Quận ủy; Lê Thị Ngọc Anh – Chủ tịch UBND quận', 120, 103, '2026-11-10 17:00:00');

-- Delegates of each unit; the district's and the city's copies of escalated petitions have the names only.
INSERT INTO delegate (id, unit_id, full_name, organisation, residential_group, phone, address) VALUES
    (101, 4, 'Ngô Văn Hải', NULL, 'Tổ dân phố 4', '0912 345 101', 'Số 12 ngõ 4 Phúc Đồng'),
    (102, 4, 'Vương Thị Thu', 'Hội Phụ nữ phường', 'Tổ dân phố 9', '0912 345 102', NULL),
    (103, 4, 'Tạ Minh Quân', 'Hội Cựu chiến binh', 'Tổ dân phố 7', NULL, NULL),
    (104, 5, 'Kiều Văn Bình', NULL, 'Tổ dân phố 3', '0912 345 104', NULL),
    (105, 5, 'Mai Thị Hương', 'Hội Người cao tuổi', 'Tổ dân phố 15', NULL, NULL),
    (106, 2, 'Ngô Văn Hải', NULL, 'Tổ dân phố 4', NULL, NULL),
    (107, 2, 'Vương Thị Thu', 'Hội Phụ nữ phường', 'Tổ dân phố 9', NULL, NULL),
    (108, 2, 'Kiều Văn Bình', NULL, 'Tổ dân phố 3', NULL, NULL),
    (109, 2, 'Mai Thị Hương', 'Hội Người cao tuổi', 'Tổ dân phố 15', NULL, NULL),
    (110, 2, 'Đoàn Văn Thành', 'Cử tri phường Việt Hưng', NULL, '0912 345 110', NULL),
    (111, 1, 'Đoàn Văn Thành', 'Cử tri phường Việt Hưng', NULL, NULL, NULL);

--changeset petitionboard:0102-2 context:living-demo
INSERT INTO petition (id, unit_id, conference_id, code, code_year, code_seq, title, content, domain_id, department_id,
                      state, within_authority, deadline, state_changed_at, created_by, created_at, updated_at, resolved_at) VALUES
    -- Phường Phúc Đồng, 2026
    (101, 4, 101, 'KN-2026-001', 2026, 1, 'Cấp GCN QSDĐ cho 8 hộ khu tái định cư tổ 4',
        'Tám hộ ở khu tái định cư tổ dân phố 4 đã bàn giao nhà từ 2019 nhưng chưa được cấp giấy chứng nhận quyền sử dụng đất. Đề nghị giải quyết dứt điểm.',
        2, NULL, 'ESCALATED', FALSE, NULL, '2026-10-27 09:00:00', 108, '2026-10-20 14:10:00', '2026-10-27 09:00:00', NULL),
    (102, 4, 101, 'KN-2026-002', 2026, 2, 'Ùn tắc tại nút giao Nguyễn Văn Linh – Phúc Đồng giờ cao điểm',
        'Nút giao thường xuyên ùn tắc vào giờ cao điểm, học sinh đi lại nguy hiểm. Đề nghị bố trí đèn tín hiệu và phân luồng.',
        3, NULL, 'ANSWERED', FALSE, NULL, '2026-11-20 15:00:00', 108, '2026-10-20 14:20:00', '2026-11-20 15:00:00', NULL),
    (103, 4, 101, 'KN-2026-003', 2026, 3, 'Rác thải đổ trộm ven đê tổ 7',
        'Bãi đất ven đê tổ dân phố 7 bị đổ trộm rác thải, phế thải xây dựng, gây mất vệ sinh. Đề nghị thu dọn, rào chắn.',
        4, 104, 'IN_PROGRESS', TRUE, '2026-12-10', '2026-10-26 08:00:00', 108, '2026-10-20 14:30:00', '2026-10-26 08:00:00', NULL),
    (104, 4, 101, 'KN-2026-004', 2026, 4, 'Sửa mái nhà văn hóa tổ 2 bị dột',
        'Mái nhà văn hóa tổ dân phố 2 bị dột nhiều chỗ, không sinh hoạt được khi trời mưa.',
        7, 105, 'RESOLVED', TRUE, '2026-11-15', '2026-11-18 10:00:00', 108, '2026-10-20 14:40:00', '2026-11-18 10:00:00', '2026-11-18 10:00:00'),
    -- Phường Việt Hưng, 2025 and 2026
    (105, 5, 102, 'KN-2025-001', 2025, 1, 'Ngập úng khu đô thị Việt Hưng khi mưa lớn',
        'Hệ thống thoát nước khu đô thị Việt Hưng quá tải, mưa lớn là ngập sâu 30–40 cm. Đề nghị cải tạo tuyến cống chính.',
        4, NULL, 'RESOLVED', FALSE, NULL, '2025-12-15 09:00:00', 112, '2025-10-14 14:10:00', '2025-12-15 09:00:00', '2025-12-15 09:00:00'),
    (106, 5, 103, 'KN-2026-001', 2026, 1, 'Bồi thường GPMB đường vành đai qua tổ 3',
        'Các hộ tổ dân phố 3 đề nghị xem xét lại đơn giá bồi thường, hỗ trợ khi giải phóng mặt bằng đường vành đai.',
        5, NULL, 'ESCALATED', FALSE, NULL, '2026-10-29 08:30:00', 112, '2026-10-22 14:10:00', '2026-10-29 08:30:00', NULL),
    (107, 5, 103, 'KN-2026-002', 2026, 2, 'Lắp đèn chiếu sáng ngõ 15 Ngô Gia Tự',
        'Ngõ 15 chưa có đèn chiếu sáng, buổi tối đi lại khó khăn. Đề nghị phường lắp đèn.',
        3, NULL, 'RECEIVED', TRUE, NULL, '2026-10-22 14:20:00', 112, '2026-10-22 14:20:00', '2026-10-22 14:20:00', NULL),
    -- Quận Long Biên: what the wards escalated (the wards' conferences, where they were raised) and its own
    (201, 2, 101, 'KN-2026-001', 2026, 1, 'Cấp GCN QSDĐ cho 8 hộ khu tái định cư tổ 4',
        'Tám hộ ở khu tái định cư tổ dân phố 4 đã bàn giao nhà từ 2019 nhưng chưa được cấp giấy chứng nhận quyền sử dụng đất. Đề nghị giải quyết dứt điểm.',
        2, NULL, 'RECEIVED', TRUE, NULL, '2026-10-27 09:00:00', 107, '2026-10-27 09:00:00', '2026-10-27 09:00:00', NULL),
    (202, 2, 101, 'KN-2026-002', 2026, 2, 'Ùn tắc tại nút giao Nguyễn Văn Linh – Phúc Đồng giờ cao điểm',
        'Nút giao thường xuyên ùn tắc vào giờ cao điểm, học sinh đi lại nguy hiểm. Đề nghị bố trí đèn tín hiệu và phân luồng.',
        3, 103, 'ANSWERED', TRUE, '2026-11-25', '2026-11-20 15:00:00', 107, '2026-10-23 10:00:00', '2026-11-20 15:00:00', NULL),
    (203, 2, 102, 'KN-2025-001', 2025, 1, 'Ngập úng khu đô thị Việt Hưng khi mưa lớn',
        'Hệ thống thoát nước khu đô thị Việt Hưng quá tải, mưa lớn là ngập sâu 30–40 cm. Đề nghị cải tạo tuyến cống chính.',
        4, 102, 'RESOLVED', TRUE, '2025-12-10', '2025-12-08 10:00:00', 111, '2025-10-20 09:00:00', '2025-12-08 10:00:00', '2025-12-08 10:00:00'),
    (204, 2, 103, 'KN-2026-003', 2026, 3, 'Bồi thường GPMB đường vành đai qua tổ 3',
        'Các hộ tổ dân phố 3 đề nghị xem xét lại đơn giá bồi thường, hỗ trợ khi giải phóng mặt bằng đường vành đai.',
        5, 102, 'IN_PROGRESS', TRUE, '2026-12-24', '2026-11-05 08:00:00', 111, '2026-10-29 08:30:00', '2026-11-05 08:00:00', NULL),
    (205, 2, 104, 'KN-2026-004', 2026, 4, 'Quy hoạch bãi đỗ xe tập trung khu Việt Hưng',
        'Cử tri đề nghị thành phố bố trí quỹ đất làm bãi đỗ xe tập trung cho khu đô thị Việt Hưng, tránh đỗ xe tràn lòng đường.',
        3, NULL, 'ESCALATED', FALSE, NULL, '2026-11-17 09:00:00', 103, '2026-11-10 15:00:00', '2026-11-17 09:00:00', NULL),
    (206, 2, 104, 'KN-2026-005', 2026, 5, 'Nâng cấp tuyến đường Ngọc Thụy đoạn qua tổ 11',
        'Mặt đường xuống cấp, nhiều ổ gà. Đề nghị quận đưa vào kế hoạch duy tu năm 2027.',
        3, 103, 'ASSIGNED', TRUE, '2026-12-18', '2026-11-12 08:00:00', 103, '2026-11-10 15:10:00', '2026-11-12 08:00:00', NULL),
    -- Thành phố Hà Nội: what the district escalated
    (301, 1, 104, 'KN-2026-001', 2026, 1, 'Quy hoạch bãi đỗ xe tập trung khu Việt Hưng',
        'Cử tri đề nghị thành phố bố trí quỹ đất làm bãi đỗ xe tập trung cho khu đô thị Việt Hưng, tránh đỗ xe tràn lòng đường.',
        3, NULL, 'RECEIVED', TRUE, NULL, '2026-11-17 09:00:00', 102, '2026-11-17 09:00:00', '2026-11-17 09:00:00', NULL);

INSERT INTO petition_code_counter (unit_id, code_year, last_seq) VALUES
    (4, 2026, 4), (5, 2025, 1), (5, 2026, 2), (2, 2025, 1), (2, 2026, 5), (1, 2026, 1);

INSERT INTO petition_requester (petition_id, delegate_id, position) VALUES
    (101, 101, 0), (102, 102, 0), (102, 103, 1), (103, 103, 0), (104, 102, 0), (105, 104, 0), (106, 104, 0),
    (106, 105, 1), (107, 105, 0), (201, 106, 0), (202, 107, 0), (203, 108, 0), (204, 108, 0), (204, 109, 1),
    (205, 110, 0), (206, 110, 0), (301, 111, 0);

--changeset petitionboard:0102-3 context:living-demo
INSERT INTO assignment (petition_id, department_id, instruction, deadline, assigned_by, assigned_at) VALUES
    (103, 104, 'Thu dọn, rào chắn bãi đất; phối hợp Công an phường xử lý đổ trộm.', '2026-12-10', 107, '2026-10-23 08:00:00'),
    (104, 105, 'Khảo sát, sửa mái từ nguồn kinh phí thường xuyên.', '2026-11-15', 107, '2026-10-23 08:10:00'),
    (202, 103, 'Phòng QLĐT phối hợp Công an quận khảo sát, đề xuất phương án tổ chức giao thông.', '2026-11-25', 102, '2026-10-26 08:00:00'),
    (203, 102, 'Phòng TNMT tham mưu cải tạo tuyến cống chính khu đô thị.', '2025-12-10', 102, '2025-10-22 08:00:00'),
    (204, 102, 'Phòng TNMT rà soát đơn giá bồi thường, báo cáo UBND quận.', '2026-12-24', 102, '2026-11-02 08:00:00'),
    (206, 103, 'Khảo sát hiện trạng, đưa vào kế hoạch duy tu năm 2027.', '2026-12-18', 102, '2026-11-12 08:00:00');

INSERT INTO progress_update (petition_id, department_id, note, percent_complete, reported_by, reported_at) VALUES
    (103, 104, 'Đã thu dọn 20 m³ phế thải, đang làm rào chắn.', 60, 109, '2026-11-20 16:00:00'),
    (204, 102, 'Đã làm việc với Ban bồi thường GPMB quận, đang rà soát đơn giá 14 hộ.', 40, 104, '2026-11-24 15:00:00');

INSERT INTO answer (petition_id, kind, content, document_number, document_date, answered_by, answered_at) VALUES
    (104, 'DEPARTMENT', 'Đã sửa xong mái nhà văn hóa tổ 2, bàn giao cho tổ dân phố.', '215/UBND-VP', '2026-11-12', 108, '2026-11-12 10:00:00'),
    (202, 'DEPARTMENT', 'Quận đã lắp đèn tín hiệu tại nút giao, bố trí cảnh sát giao thông phân luồng giờ cao điểm từ ngày 01/12/2026.', '1820/UBND-QLĐT', '2026-11-20', 105, '2026-11-20 15:00:00'),
    (102, 'HIGHER_LEVEL', 'Quận đã lắp đèn tín hiệu tại nút giao, bố trí cảnh sát giao thông phân luồng giờ cao điểm từ ngày 01/12/2026.', '1820/UBND-QLĐT', '2026-11-20', 105, '2026-11-20 15:00:00'),
    (203, 'DEPARTMENT', 'Quận đã cải tạo 450 m cống chính khu đô thị Việt Hưng, hoàn thành trước mùa mưa.', '2310/UBND-TNMT', '2025-12-05', 104, '2025-12-05 10:00:00'),
    (105, 'HIGHER_LEVEL', 'Quận đã cải tạo 450 m cống chính khu đô thị Việt Hưng, hoàn thành trước mùa mưa.', '2310/UBND-TNMT', '2025-12-05', 104, '2025-12-05 10:00:00');

INSERT INTO escalation (petition_id, target_kind, target_unit_id, agency_name, reference_number, sent_on, note, escalated_by,
                        escalated_at, reply_content, reply_reference, replied_on, reply_recorded_by, reply_recorded_at, linked_petition_id) VALUES
    (101, 'PARENT_UNIT', 2, NULL, NULL, '2026-10-27', 'Hồ sơ tái định cư do quận quản lý.', 107, '2026-10-27 09:00:00',
        NULL, NULL, NULL, NULL, NULL, 201),
    (102, 'PARENT_UNIT', 2, NULL, NULL, '2026-10-23', 'Nút giao thuộc tuyến đường do quận quản lý.', 107, '2026-10-23 10:00:00',
        'Quận đã lắp đèn tín hiệu tại nút giao, bố trí cảnh sát giao thông phân luồng giờ cao điểm từ ngày 01/12/2026.', '1820/UBND-QLĐT', '2026-11-20', 105, '2026-11-20 15:00:00', 202),
    (105, 'PARENT_UNIT', 2, NULL, NULL, '2025-10-20', NULL, 111, '2025-10-20 09:00:00',
        'Quận đã cải tạo 450 m cống chính khu đô thị Việt Hưng, hoàn thành trước mùa mưa.', '2310/UBND-TNMT', '2025-12-05', 104, '2025-12-05 10:00:00', 203),
    (106, 'PARENT_UNIT', 2, NULL, NULL, '2026-10-29', 'Đơn giá bồi thường do quận quyết định.', 111, '2026-10-29 08:30:00',
        NULL, NULL, NULL, NULL, NULL, 204),
    (205, 'PARENT_UNIT', 1, NULL, NULL, '2026-11-17', 'Quỹ đất do thành phố quy hoạch.', 102, '2026-11-17 09:00:00',
        NULL, NULL, NULL, NULL, NULL, 301);

INSERT INTO review (petition_id, answer_id, verdict, reason, new_deadline, reviewed_by, reviewed_at)
SELECT a.petition_id, a.id, 'ACCEPTED', NULL, NULL, r.reviewer, r.at FROM answer a JOIN (
    SELECT 104 AS petition_id, 110 AS reviewer, TIMESTAMP('2026-11-18 10:00:00') AS at
    UNION ALL SELECT 203, 106, TIMESTAMP('2025-12-08 10:00:00')
    UNION ALL SELECT 105, 114, TIMESTAMP('2025-12-15 09:00:00')) r ON r.petition_id = a.petition_id;

--changeset petitionboard:0102-4 context:living-demo
INSERT INTO petition_history (petition_id, event_type, from_state, to_state, actor_id, actor_name, occurred_at, details) VALUES
    (101, 'RECEIVED', NULL, 'RECEIVED', 108, 'Hà Thị Mai', '2026-10-20 14:10:00', 'Ghi nhận tại hội nghị'),
    (101, 'ESCALATED', 'RECEIVED', 'ESCALATED', 107, 'Nguyễn Đức Long', '2026-10-27 09:00:00', 'Chuyển lên Quận Long Biên qua hệ thống, thành kiến nghị KN-2026-001 của Quận Long Biên. Hồ sơ tái định cư do quận quản lý.'),
    (201, 'ESCALATION_RECEIVED', NULL, 'RECEIVED', 107, 'Nguyễn Đức Long', '2026-10-27 09:00:00', 'Nhận từ Phường Phúc Đồng (kiến nghị KN-2026-001 của Phường Phúc Đồng), chuyển lên qua hệ thống. Hồ sơ tái định cư do quận quản lý.'),
    (102, 'RECEIVED', NULL, 'RECEIVED', 108, 'Hà Thị Mai', '2026-10-20 14:20:00', 'Ghi nhận tại hội nghị'),
    (102, 'ESCALATED', 'RECEIVED', 'ESCALATED', 107, 'Nguyễn Đức Long', '2026-10-23 10:00:00', 'Chuyển lên Quận Long Biên qua hệ thống, thành kiến nghị KN-2026-002 của Quận Long Biên. Nút giao thuộc tuyến đường do quận quản lý.'),
    (202, 'ESCALATION_RECEIVED', NULL, 'RECEIVED', 107, 'Nguyễn Đức Long', '2026-10-23 10:00:00', 'Nhận từ Phường Phúc Đồng (kiến nghị KN-2026-002 của Phường Phúc Đồng), chuyển lên qua hệ thống. Nút giao thuộc tuyến đường do quận quản lý.'),
    (202, 'ASSIGNED', 'RECEIVED', 'ASSIGNED', 102, 'Lê Thị Ngọc Anh', '2026-10-26 08:00:00', 'Giao Phòng Quản lý đô thị, hạn 25/11/2026'),
    (202, 'STARTED', 'ASSIGNED', 'IN_PROGRESS', 105, 'Võ Thanh Tùng', '2026-10-27 08:00:00', NULL),
    (202, 'ANSWERED', 'IN_PROGRESS', 'ANSWERED', 105, 'Võ Thanh Tùng', '2026-11-20 15:00:00', 'Văn bản 1820/UBND-QLĐT ngày 20/11/2026'),
    (102, 'HIGHER_LEVEL_REPLIED', 'ESCALATED', 'ANSWERED', 105, 'Võ Thanh Tùng', '2026-11-20 15:00:00', 'Quận Long Biên trả lời qua hệ thống (kiến nghị KN-2026-002 của Quận Long Biên): Quận đã lắp đèn tín hiệu tại nút giao, bố trí cảnh sát giao thông phân luồng giờ cao điểm từ ngày 01/12/2026.'),
    (202, 'ANSWER_SENT_DOWN', 'ANSWERED', 'ANSWERED', 105, 'Võ Thanh Tùng', '2026-11-20 15:00:00', 'Câu trả lời đã chuyển về Phường Phúc Đồng (kiến nghị KN-2026-002)'),
    (103, 'RECEIVED', NULL, 'RECEIVED', 108, 'Hà Thị Mai', '2026-10-20 14:30:00', 'Ghi nhận tại hội nghị'),
    (103, 'ASSIGNED', 'RECEIVED', 'ASSIGNED', 107, 'Nguyễn Đức Long', '2026-10-23 08:00:00', 'Giao Địa chính – Xây dựng, hạn 10/12/2026'),
    (103, 'STARTED', 'ASSIGNED', 'IN_PROGRESS', 109, 'Lý Văn Sơn', '2026-10-26 08:00:00', NULL),
    (103, 'PROGRESS_REPORTED', 'IN_PROGRESS', 'IN_PROGRESS', 109, 'Lý Văn Sơn', '2026-11-20 16:00:00', '60%: Đã thu dọn 20 m³ phế thải, đang làm rào chắn.'),
    (104, 'RECEIVED', NULL, 'RECEIVED', 108, 'Hà Thị Mai', '2026-10-20 14:40:00', 'Ghi nhận tại hội nghị'),
    (104, 'ASSIGNED', 'RECEIVED', 'ASSIGNED', 107, 'Nguyễn Đức Long', '2026-10-23 08:10:00', 'Giao Văn phòng HĐND – UBND, hạn 15/11/2026'),
    (104, 'STARTED', 'ASSIGNED', 'IN_PROGRESS', 108, 'Hà Thị Mai', '2026-10-24 08:00:00', NULL),
    (104, 'ANSWERED', 'IN_PROGRESS', 'ANSWERED', 108, 'Hà Thị Mai', '2026-11-12 10:00:00', 'Văn bản 215/UBND-VP ngày 12/11/2026'),
    (104, 'REVIEW_ACCEPTED', 'ANSWERED', 'RESOLVED', 110, 'Đinh Thị Hòa', '2026-11-18 10:00:00', NULL),
    (105, 'RECEIVED', NULL, 'RECEIVED', 112, 'Lưu Thị Nga', '2025-10-14 14:10:00', 'Ghi nhận tại hội nghị'),
    (105, 'ESCALATED', 'RECEIVED', 'ESCALATED', 111, 'Trần Quang Vinh', '2025-10-20 09:00:00', 'Chuyển lên Quận Long Biên qua hệ thống, thành kiến nghị KN-2025-001 của Quận Long Biên'),
    (203, 'ESCALATION_RECEIVED', NULL, 'RECEIVED', 111, 'Trần Quang Vinh', '2025-10-20 09:00:00', 'Nhận từ Phường Việt Hưng (kiến nghị KN-2025-001 của Phường Việt Hưng), chuyển lên qua hệ thống'),
    (203, 'ASSIGNED', 'RECEIVED', 'ASSIGNED', 102, 'Lê Thị Ngọc Anh', '2025-10-22 08:00:00', 'Giao Phòng Tài nguyên và Môi trường, hạn 10/12/2025'),
    (203, 'STARTED', 'ASSIGNED', 'IN_PROGRESS', 104, 'Đặng Minh Khôi', '2025-10-23 08:00:00', NULL),
    (203, 'ANSWERED', 'IN_PROGRESS', 'ANSWERED', 104, 'Đặng Minh Khôi', '2025-12-05 10:00:00', 'Văn bản 2310/UBND-TNMT ngày 05/12/2025'),
    (105, 'HIGHER_LEVEL_REPLIED', 'ESCALATED', 'ANSWERED', 104, 'Đặng Minh Khôi', '2025-12-05 10:00:00', 'Quận Long Biên trả lời qua hệ thống (kiến nghị KN-2025-001 của Quận Long Biên): Quận đã cải tạo 450 m cống chính khu đô thị Việt Hưng, hoàn thành trước mùa mưa.'),
    (203, 'ANSWER_SENT_DOWN', 'ANSWERED', 'ANSWERED', 104, 'Đặng Minh Khôi', '2025-12-05 10:00:00', 'Câu trả lời đã chuyển về Phường Việt Hưng (kiến nghị KN-2025-001)'),
    (203, 'REVIEW_ACCEPTED', 'ANSWERED', 'RESOLVED', 106, 'Bùi Thị Lan', '2025-12-08 10:00:00', NULL),
    (105, 'REVIEW_ACCEPTED', 'ANSWERED', 'RESOLVED', 114, 'Phí Thị Yến', '2025-12-15 09:00:00', NULL),
    (106, 'RECEIVED', NULL, 'RECEIVED', 112, 'Lưu Thị Nga', '2026-10-22 14:10:00', 'Ghi nhận tại hội nghị'),
    (106, 'ESCALATED', 'RECEIVED', 'ESCALATED', 111, 'Trần Quang Vinh', '2026-10-29 08:30:00', 'Chuyển lên Quận Long Biên qua hệ thống, thành kiến nghị KN-2026-003 của Quận Long Biên. Đơn giá bồi thường do quận quyết định.'),
    (204, 'ESCALATION_RECEIVED', NULL, 'RECEIVED', 111, 'Trần Quang Vinh', '2026-10-29 08:30:00', 'Nhận từ Phường Việt Hưng (kiến nghị KN-2026-001 của Phường Việt Hưng), chuyển lên qua hệ thống. Đơn giá bồi thường do quận quyết định.'),
    (204, 'ASSIGNED', 'RECEIVED', 'ASSIGNED', 102, 'Lê Thị Ngọc Anh', '2026-11-02 08:00:00', 'Giao Phòng Tài nguyên và Môi trường, hạn 24/12/2026'),
    (204, 'STARTED', 'ASSIGNED', 'IN_PROGRESS', 104, 'Đặng Minh Khôi', '2026-11-05 08:00:00', NULL),
    (204, 'PROGRESS_REPORTED', 'IN_PROGRESS', 'IN_PROGRESS', 104, 'Đặng Minh Khôi', '2026-11-24 15:00:00', '40%: Đã làm việc với Ban bồi thường GPMB quận, đang rà soát đơn giá 14 hộ.'),
    (107, 'RECEIVED', NULL, 'RECEIVED', 112, 'Lưu Thị Nga', '2026-10-22 14:20:00', 'Ghi nhận tại hội nghị'),
    (205, 'RECEIVED', NULL, 'RECEIVED', 103, 'Phan Thu Hà', '2026-11-10 15:00:00', 'Ghi nhận tại hội nghị'),
    (205, 'ESCALATED', 'RECEIVED', 'ESCALATED', 102, 'Lê Thị Ngọc Anh', '2026-11-17 09:00:00', 'Chuyển lên Thành phố Hà Nội qua hệ thống, thành kiến nghị KN-2026-001 của Thành phố Hà Nội. Quỹ đất do thành phố quy hoạch.'),
    (301, 'ESCALATION_RECEIVED', NULL, 'RECEIVED', 102, 'Lê Thị Ngọc Anh', '2026-11-17 09:00:00', 'Nhận từ Quận Long Biên (kiến nghị KN-2026-004 của Quận Long Biên), chuyển lên qua hệ thống. Quỹ đất do thành phố quy hoạch.'),
    (206, 'RECEIVED', NULL, 'RECEIVED', 103, 'Phan Thu Hà', '2026-11-10 15:10:00', 'Ghi nhận tại hội nghị'),
    (206, 'ASSIGNED', 'RECEIVED', 'ASSIGNED', 102, 'Lê Thị Ngọc Anh', '2026-11-12 08:00:00', 'Giao Phòng Quản lý đô thị, hạn 18/12/2026');
