--liquibase formatted sql
-- Demo data from the Thượng Thanh ward article (12/10/2020) and an invented 2019 conference, so that the
-- "progress on last year's petitions" report has content. Office holders named in the article are public;
-- every delegate is invented. Every demo user's password is demo@2020 (see README). Context "demo" only.

--changeset petitionboard:0100-1 context:demo
INSERT INTO unit (id, parent_id, code, name, kind) VALUES
    (1, NULL, 'HN', 'Thành phố Hà Nội', 'CITY'),
    (2, 1, 'HN-LB', 'Quận Long Biên', 'DISTRICT'),
    (3, 2, 'HN-LB-TT', 'Phường Thượng Thanh', 'WARD');

INSERT INTO department (id, unit_id, code, name, sort_order) VALUES
    (1, 3, 'VP', 'Văn phòng HĐND – UBND', 1),
    (2, 3, 'DCXD', 'Địa chính – Xây dựng', 2),
    (3, 3, 'KTHT', 'Kinh tế – Hạ tầng – Đô thị', 3),
    (4, 3, 'TPHT', 'Tư pháp – Hộ tịch', 4),
    (5, 3, 'VHXH', 'Văn hóa – Xã hội', 5),
    (6, 3, 'CA', 'Công an phường', 6);

INSERT INTO domain (id, code, name, sort_order) VALUES
    (1, 'XDD', 'Xây dựng Đảng', 1),
    (2, 'DD', 'Đất đai & GCN QSDĐ', 2),
    (3, 'TTDT', 'Trật tự đô thị', 3),
    (4, 'MT', 'Môi trường', 4),
    (5, 'GPMB', 'Giải phóng mặt bằng', 5),
    (6, 'ANTT', 'An ninh trật tự', 6),
    (7, 'VHXH', 'Văn hóa – Xã hội', 7);

--changeset petitionboard:0100-2 context:demo
INSERT INTO app_user (id, unit_id, department_id, username, password_hash, full_name, position_title) VALUES
    (1, 3, NULL, 'bithu', '{bcrypt}$2a$10$W8BdAk0ngwT7hb8ONz9UjO63UBJD9CcEXHckus4R4aefyYbGlKtgC',
        'Phạm Thị Minh Hồng', 'Bí thư Đảng ủy, Chủ tịch HĐND phường'),
    (2, 3, NULL, 'chutich', '{bcrypt}$2a$10$W8BdAk0ngwT7hb8ONz9UjO63UBJD9CcEXHckus4R4aefyYbGlKtgC',
        'Hoàng Văn Lực', 'Phó Bí thư Đảng ủy, Chủ tịch UBND phường'),
    (3, 3, 1, 'vanthu', '{bcrypt}$2a$10$W8BdAk0ngwT7hb8ONz9UjO63UBJD9CcEXHckus4R4aefyYbGlKtgC',
        'Nguyễn Thị Thu Trang', 'Công chức Văn phòng – Thống kê, thư ký hội nghị'),
    (4, 3, 2, 'diachinh', '{bcrypt}$2a$10$W8BdAk0ngwT7hb8ONz9UjO63UBJD9CcEXHckus4R4aefyYbGlKtgC',
        'Trần Văn Nam', 'Công chức Địa chính – Xây dựng'),
    (5, 3, 3, 'hatang', '{bcrypt}$2a$10$W8BdAk0ngwT7hb8ONz9UjO63UBJD9CcEXHckus4R4aefyYbGlKtgC',
        'Lê Minh Tuấn', 'Công chức Kinh tế – Hạ tầng – Đô thị'),
    (6, 3, NULL, 'mattran', '{bcrypt}$2a$10$W8BdAk0ngwT7hb8ONz9UjO63UBJD9CcEXHckus4R4aefyYbGlKtgC',
        'Đỗ Thị Hạnh', 'Chủ tịch Ủy ban MTTQ Việt Nam phường'),
    (7, 3, NULL, 'quantri', '{bcrypt}$2a$10$W8BdAk0ngwT7hb8ONz9UjO63UBJD9CcEXHckus4R4aefyYbGlKtgC',
        'Vũ Quang Huy', 'Quản trị hệ thống');

INSERT INTO user_role (user_id, role) VALUES
    (1, 'PARTY_SECRETARY'), (2, 'COMMITTEE_CHAIR'), (3, 'CLERK'), (4, 'DEPARTMENT_OFFICER'),
    (5, 'DEPARTMENT_OFFICER'), (6, 'FRONT_REVIEWER'), (7, 'ADMIN');

--changeset petitionboard:0100-3 context:demo
INSERT INTO conference (id, unit_id, kind, title, held_on, venue, chairs, plan_number, legal_basis, delegate_count,
                        minutes_note, created_by, created_at) VALUES
    (1, 3, 'DIALOGUE',
        'Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với MTTQ, các tổ chức chính trị - xã hội và nhân dân năm 2019',
        '2019-10-15', 'Hội trường UBND phường Thượng Thanh',
        'Phạm Thị Minh Hồng – Bí thư Đảng ủy, Chủ tịch HĐND phường; Hoàng Văn Lực – Phó Bí thư Đảng ủy, Chủ tịch UBND phường',
        'Kế hoạch số 04/KH-ĐU', 'Quyết định số 2200-QĐ/TU ngày 25/5/2017 của Ban Thường vụ Thành ủy Hà Nội',
        45, 'Biên bản hội nghị lưu tại Văn phòng Đảng ủy.', 3, '2019-10-15 17:00:00'),
    (2, 3, 'DIALOGUE',
        'Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với MTTQ, các tổ chức chính trị - xã hội và nhân dân năm 2020',
        '2020-10-12', 'Hội trường UBND phường Thượng Thanh',
        'Phạm Thị Minh Hồng – Bí thư Đảng ủy, Chủ tịch HĐND phường; Hoàng Văn Lực – Phó Bí thư Đảng ủy, Chủ tịch UBND phường',
        'Kế hoạch số 05/KH-ĐU ngày 25/09/2020',
        'Quyết định 6525-QĐ/TU ngày 25/9/2015; Quyết định số 2200-QĐ/TU ngày 25/5/2017 của Ban Thường vụ Thành ủy Hà Nội',
        50, '11 đại biểu phát biểu. Biên bản lưu tại Văn phòng Đảng ủy.', 3, '2020-10-12 17:30:00');

INSERT INTO delegate (id, unit_id, full_name, organisation, residential_group, phone, address) VALUES
    (1, 3, 'Nguyễn Văn Bình', 'Hội Cựu chiến binh phường', 'Tổ dân phố số 3', '0912 345 101', 'Số 12, ngõ 5, tổ 3'),
    (2, 3, 'Trần Thị Lan', 'Hội Liên hiệp Phụ nữ phường', 'Tổ dân phố số 8', '0912 345 102', 'Số 40, ngõ 143, tổ 8'),
    (3, 3, 'Lê Văn Hùng', 'Chi bộ khu dân cư số 2', 'Tổ dân phố số 12', '0912 345 103', 'Số 7, tổ 12'),
    (4, 3, 'Phạm Thị Mai', 'Hội Người cao tuổi phường', 'Tổ dân phố số 5', '0912 345 104', 'Số 21, tổ 5'),
    (5, 3, 'Đặng Quốc Toàn', 'Đoàn Thanh niên phường', 'Tổ dân phố số 15', '0912 345 105', 'Số 3, tổ 15'),
    (6, 3, 'Vũ Thị Hoa', NULL, 'Tổ dân phố số 7', '0912 345 106', 'Số 18, tổ 7'),
    (7, 3, 'Bùi Văn Thắng', 'Ban Công tác Mặt trận khu dân cư số 4', 'Tổ dân phố số 10', '0912 345 107', 'Số 9, tổ 10'),
    (8, 3, 'Hoàng Thị Ngọc', 'Hội Liên hiệp Phụ nữ phường', 'Tổ dân phố số 12', '0912 345 108', 'Số 55, tổ 12'),
    (9, 3, 'Ngô Văn Dũng', 'Hội Cựu chiến binh phường', 'Tổ dân phố số 1', '0912 345 109', 'Số 2, tổ 1'),
    (10, 3, 'Đỗ Thị Thu', NULL, 'Tổ dân phố số 9', '0912 345 110', 'Số 60, tổ 9'),
    (11, 3, 'Lý Văn Khoa', 'Công đoàn cơ sở trường THCS Thượng Thanh', 'Tổ dân phố số 4', '0912 345 111', 'Số 14, tổ 4'),
    (12, 3, 'Trịnh Thị Yến', 'Hội Người cao tuổi phường', 'Tổ dân phố số 8', '0912 345 112', 'Số 31, tổ 8'),
    (13, 3, 'Mai Văn Tiến', 'Chi bộ khu dân cư số 5', 'Tổ dân phố số 16', '0912 345 113', 'Số 6, tổ 16'),
    (14, 3, 'Cao Thị Bích', NULL, 'Tổ dân phố số 2', '0912 345 114', 'Số 11, tổ 2');

--changeset petitionboard:0100-4 context:demo
INSERT INTO petition (id, unit_id, conference_id, code, code_year, code_seq, title, content, domain_id, department_id,
                      state, within_authority, deadline, state_changed_at, created_by, created_at, updated_at) VALUES
    (1, 3, 1, 'KN-2019-001', 2019, 1, 'Cấp GCN QSDĐ cho các hộ dân tổ 3',
        'Đề nghị phường hướng dẫn và đẩy nhanh việc cấp giấy chứng nhận quyền sử dụng đất cho 9 hộ dân tổ dân phố số 3 đã nộp hồ sơ từ năm 2017.',
        2, 2, 'RESOLVED', TRUE, '2019-12-31', '2020-03-20 10:00:00', 3, '2019-10-15 15:00:00', '2020-03-20 10:00:00'),
    (2, 3, 1, 'KN-2019-002', 2019, 2, 'Nạo vét mương thoát nước tổ 9',
        'Mương thoát nước chạy qua tổ dân phố số 9 bị bồi lắng, gây ngập úng mỗi khi mưa lớn. Đề nghị nạo vét trước mùa mưa.',
        4, 3, 'RESOLVED', TRUE, '2020-01-31', '2020-02-28 09:00:00', 3, '2019-10-15 15:10:00', '2020-02-28 09:00:00'),
    (3, 3, 1, 'KN-2019-003', 2019, 3, 'Tập kết vật liệu xây dựng trên đường nội bộ tổ 15',
        'Một số hộ tập kết cát, gạch trên đường nội bộ tổ 15 nhiều ngày, gây cản trở giao thông và mất vệ sinh.',
        3, 3, 'RESOLVED', TRUE, '2019-11-30', '2019-12-20 14:00:00', 3, '2019-10-15 15:20:00', '2019-12-20 14:00:00'),
    (4, 3, 1, 'KN-2019-004', 2019, 4, 'Bồi thường cho hộ dân ảnh hưởng dự án đường quy hoạch',
        'Đề nghị cấp có thẩm quyền sớm phê duyệt phương án bồi thường, hỗ trợ cho các hộ dân bị ảnh hưởng bởi dự án đường quy hoạch của thành phố qua địa bàn phường.',
        5, NULL, 'ESCALATED', FALSE, NULL, '2019-11-05 08:30:00', 3, '2019-10-15 15:30:00', '2019-11-05 08:30:00'),
    (5, 3, 1, 'KN-2019-005', 2019, 5, 'Điều chỉnh sai lệch diện tích trên GCN tổ 7',
        'Diện tích ghi trên giấy chứng nhận của một hộ tại tổ dân phố số 7 sai lệch so với hiện trạng sử dụng. Đề nghị đo đạc lại và điều chỉnh.',
        2, 2, 'IN_PROGRESS', TRUE, '2020-11-30', '2020-09-10 16:00:00', 3, '2019-10-15 15:40:00', '2020-09-10 16:00:00'),
    (6, 3, 1, 'KN-2019-006', 2019, 6, 'Cải tạo nhà văn hóa tổ dân phố số 10',
        'Nhà văn hóa tổ dân phố số 10 xuống cấp, mái dột. Đề nghị phường đưa vào kế hoạch cải tạo.',
        7, 5, 'ANSWERED', TRUE, '2020-06-30', '2020-09-25 10:00:00', 3, '2019-10-15 15:50:00', '2020-09-25 10:00:00'),
    (7, 3, 2, 'KN-2020-001', 2020, 1, 'Nâng cao chất lượng sinh hoạt chi bộ khu dân cư',
        'Đề nghị Đảng ủy có giải pháp nâng cao chất lượng sinh hoạt chi bộ ở các khu dân cư mới, thu hút đảng viên nơi cư trú tham gia.',
        1, NULL, 'ANSWERED', TRUE, NULL, '2020-10-12 15:30:00', 3, '2020-10-12 14:40:00', '2020-10-12 15:30:00'),
    (8, 3, 2, 'KN-2020-002', 2020, 2, 'Cấp GCN QSDĐ cho 14 hộ dân tổ 12 còn vướng mắc',
        'Còn 14 hộ dân tổ dân phố số 12 chưa được cấp giấy chứng nhận quyền sử dụng đất do vướng mắc về nguồn gốc đất. Đề nghị phường tháo gỡ.',
        2, 2, 'ASSIGNED', TRUE, '2020-12-31', '2020-10-16 09:00:00', 3, '2020-10-12 14:50:00', '2020-10-16 09:00:00'),
    (9, 3, 2, 'KN-2020-003', 2020, 3, 'Hướng dẫn thủ tục cấp GCN cho đất giao trái thẩm quyền',
        'Nhiều hộ sử dụng đất được giao trái thẩm quyền trước năm 1993 chưa biết thủ tục. Đề nghị tổ chức hướng dẫn tại tổ dân phố.',
        2, 2, 'IN_PROGRESS', TRUE, '2021-01-29', '2020-10-26 08:00:00', 3, '2020-10-12 15:00:00', '2020-10-26 08:00:00'),
    (10, 3, 2, 'KN-2020-004', 2020, 4, 'Lấn chiếm vỉa hè, lòng đường ngõ 143',
        'Tình trạng lấn chiếm vỉa hè, lòng đường để kinh doanh tại ngõ 143 diễn ra thường xuyên. Đề nghị ra quân xử lý dứt điểm.',
        3, 3, 'IN_PROGRESS', TRUE, '2020-11-30', '2020-10-20 10:00:00', 3, '2020-10-12 15:10:00', '2020-10-20 10:00:00'),
    (11, 3, 2, 'KN-2020-005', 2020, 5, 'Công trình xây dựng không phép tại tổ 16',
        'Có công trình xây dựng không phép tại tổ dân phố số 16. Đề nghị kiểm tra, xử lý theo quy định.',
        3, 3, 'ASSIGNED', TRUE, '2020-11-13', '2020-10-16 09:30:00', 3, '2020-10-12 15:20:00', '2020-10-16 09:30:00'),
    (12, 3, 2, 'KN-2020-006', 2020, 6, 'Rác thải tồn đọng tại bãi đất trống tổ 5',
        'Bãi đất trống tại tổ dân phố số 5 bị đổ trộm rác thải, phế thải xây dựng. Đề nghị thu gom và rào chắn.',
        4, 3, 'ANSWERED', TRUE, '2020-11-15', '2020-11-05 15:00:00', 3, '2020-10-12 15:30:00', '2020-11-05 15:00:00'),
    (13, 3, 2, 'KN-2020-007', 2020, 7, 'Mùi hôi từ mương thoát nước tổ 8',
        'Mương thoát nước tại tổ dân phố số 8 bốc mùi hôi, ảnh hưởng sinh hoạt của các hộ dân xung quanh.',
        4, NULL, 'RECEIVED', TRUE, NULL, '2020-10-12 15:40:00', 3, '2020-10-12 15:40:00', '2020-10-12 15:40:00'),
    (14, 3, 2, 'KN-2020-008', 2020, 8, 'Tiến độ GPMB dự án đường của thành phố qua phường',
        'Đề nghị các cấp đẩy nhanh tiến độ giải phóng mặt bằng dự án đường do thành phố đầu tư, tránh để dân chờ đợi kéo dài.',
        5, NULL, 'ESCALATED', FALSE, NULL, '2020-10-19 08:00:00', 3, '2020-10-12 15:50:00', '2020-10-19 08:00:00'),
    (15, 3, 2, 'KN-2020-009', 2020, 9, 'Tái định cư cho hộ dân thuộc diện GPMB',
        'Các hộ dân thuộc diện thu hồi đất đề nghị được bố trí tái định cư tại chỗ hoặc gần nơi ở cũ.',
        5, NULL, 'ESCALATED', FALSE, NULL, '2020-10-21 09:00:00', 3, '2020-10-12 16:00:00', '2020-10-21 09:00:00'),
    (16, 3, 2, 'KN-2020-010', 2020, 10, 'Lắp camera an ninh tại các ngõ',
        'Đề nghị phường vận động xã hội hóa lắp camera an ninh tại các ngõ để phòng chống trộm cắp.',
        6, NULL, 'RECEIVED', TRUE, NULL, '2020-10-12 16:10:00', 3, '2020-10-12 16:10:00', '2020-10-12 16:10:00'),
    (17, 3, 2, 'KN-2020-011', 2020, 11, 'Phát huy vai trò giám sát của MTTQ đối với đảng viên',
        'Đề nghị tạo điều kiện để MTTQ và nhân dân giám sát việc tu dưỡng, rèn luyện của cán bộ, đảng viên nơi cư trú.',
        1, NULL, 'RESOLVED', TRUE, NULL, '2020-10-30 10:00:00', 3, '2020-10-12 16:20:00', '2020-10-30 10:00:00');

INSERT INTO petition_code_counter (unit_id, code_year, last_seq) VALUES (3, 2019, 6), (3, 2020, 11);

INSERT INTO petition_requester (petition_id, delegate_id, position) VALUES
    (1, 1, 0), (2, 10, 0), (3, 5, 0), (4, 9, 0), (4, 13, 1), (5, 6, 0), (6, 7, 0),
    (7, 3, 0), (8, 3, 0), (8, 8, 1), (9, 14, 0), (10, 2, 0), (10, 12, 1), (11, 13, 0), (12, 4, 0), (13, 2, 0),
    (14, 9, 0), (15, 1, 0), (16, 11, 0), (17, 7, 0);

--changeset petitionboard:0100-5 context:demo
INSERT INTO assignment (id, petition_id, department_id, instruction, deadline, assigned_by, assigned_at, ended_at) VALUES
    (1, 1, 2, 'Rà soát hồ sơ 9 hộ, hoàn thiện thủ tục trình quận cấp GCN.', '2019-12-31', 2, '2019-10-18 08:00:00', NULL),
    (2, 2, 3, 'Phối hợp công ty thoát nước nạo vét trước mùa mưa.', '2020-01-31', 2, '2019-10-18 08:10:00', NULL),
    (3, 3, 3, 'Kiểm tra, lập biên bản và yêu cầu các hộ thu dọn.', '2019-11-30', 2, '2019-10-18 08:20:00', NULL),
    (4, 5, 2, 'Đo đạc lại hiện trạng, lập hồ sơ đính chính GCN.', '2020-03-31', 2, '2019-10-18 08:30:00', NULL),
    (5, 6, 5, 'Khảo sát hiện trạng, đề xuất kinh phí cải tạo.', '2020-06-30', 1, '2019-10-18 08:40:00', NULL),
    (6, 8, 2, 'Rà soát nguồn gốc đất từng hộ, đề xuất hướng tháo gỡ báo cáo UBND phường.', '2020-12-31', 2, '2020-10-16 09:00:00', NULL),
    (7, 9, 2, 'Tổ chức hội nghị hướng dẫn thủ tục tại các tổ dân phố.', '2021-01-29', 2, '2020-10-16 09:10:00', NULL),
    (8, 10, 3, 'Chủ trì cùng Công an phường ra quân xử lý lấn chiếm.', '2020-11-30', 2, '2020-10-16 09:20:00', NULL),
    (9, 11, 3, 'Kiểm tra hiện trạng, xử lý vi phạm trật tự xây dựng.', '2020-11-13', 2, '2020-10-16 09:30:00', NULL),
    (10, 12, 3, 'Thu gom rác, phối hợp tổ dân phố rào chắn bãi đất.', '2020-11-15', 1, '2020-10-16 09:40:00', NULL);

INSERT INTO progress_update (id, petition_id, department_id, note, percent_complete, reported_by, reported_at) VALUES
    (1, 5, 2, 'Đã đo đạc lại hiện trạng thửa đất, đang chờ quận thẩm định.', 60, 4, '2020-02-20 10:00:00'),
    (2, 9, 2, 'Đã tổ chức hướng dẫn tại tổ 2 và tổ 4; còn 6 tổ dân phố.', 40, 4, '2020-11-20 15:00:00'),
    (3, 10, 3, 'Đã ra quân 2 đợt, lập biên bản 7 trường hợp vi phạm.', 50, 5, '2020-11-02 16:00:00');

INSERT INTO answer (id, petition_id, kind, content, document_number, document_date, speaker_name, answered_by, answered_at) VALUES
    (1, 1, 'DEPARTMENT', 'Đã hoàn thiện hồ sơ, UBND quận cấp GCN cho 9 hộ.', '112/UBND-ĐC', '2020-02-25', NULL, 4, '2020-02-25 10:00:00'),
    (2, 2, 'DEPARTMENT', 'Đã nạo vét toàn tuyến mương tổ 9.', '35/UBND-KT', '2020-01-20', NULL, 5, '2020-01-20 09:00:00'),
    (3, 3, 'DEPARTMENT', 'Các hộ đã thu dọn vật liệu; đã nhắc nhở và cam kết không tái phạm.', NULL, NULL, NULL, 5, '2019-11-28 14:00:00'),
    (4, 5, 'DEPARTMENT', 'Đã đính chính diện tích trên GCN.', '201/UBND-ĐC', '2020-06-15', NULL, 4, '2020-06-15 10:00:00'),
    (5, 6, 'DEPARTMENT', 'Đã đưa cải tạo nhà văn hóa tổ 10 vào kế hoạch đầu tư công năm 2021.', '256/UBND-VHXH', '2020-09-25', NULL, 2, '2020-09-25 10:00:00'),
    (6, 7, 'ON_THE_SPOT', 'Đảng ủy sẽ chỉ đạo các chi bộ đổi mới nội dung sinh hoạt, định kỳ mời đảng viên nơi cư trú dự sinh hoạt.', NULL, NULL, 'Phạm Thị Minh Hồng – Bí thư Đảng ủy', 3, '2020-10-12 15:30:00'),
    (7, 12, 'DEPARTMENT', 'Đã thu gom 12 m³ rác, rào chắn bãi đất và giao tổ dân phố giám sát.', '318/UBND-KT', '2020-11-05', NULL, 5, '2020-11-05 15:00:00'),
    (8, 17, 'ON_THE_SPOT', 'Đảng ủy thống nhất, giao MTTQ phường chủ trì tổ chức lấy ý kiến nhân dân về cán bộ, đảng viên nơi cư trú hằng năm.', NULL, NULL, 'Phạm Thị Minh Hồng – Bí thư Đảng ủy', 3, '2020-10-12 16:20:00');

INSERT INTO escalation (id, petition_id, target_kind, target_unit_id, agency_name, reference_number, sent_on, note, escalated_by, escalated_at) VALUES
    (1, 4, 'PARENT_UNIT', 2, NULL, '245/BC-UBND', '2019-11-05', 'Báo cáo UBND quận xem xét phương án bồi thường.', 2, '2019-11-05 08:30:00'),
    (2, 14, 'PARENT_UNIT', 2, NULL, '402/BC-UBND', '2020-10-19', 'Báo cáo UBND quận, đề nghị báo cáo thành phố.', 2, '2020-10-19 08:00:00'),
    (3, 15, 'AGENCY', NULL, 'Ban Quản lý dự án đầu tư xây dựng quận Long Biên', '405/UBND', '2020-10-21', NULL, 2, '2020-10-21 09:00:00');

INSERT INTO review (id, petition_id, answer_id, verdict, reason, new_deadline, reviewed_by, reviewed_at) VALUES
    (1, 1, 1, 'ACCEPTED', NULL, NULL, 6, '2020-03-20 10:00:00'),
    (2, 2, 2, 'ACCEPTED', NULL, NULL, 6, '2020-02-28 09:00:00'),
    (3, 3, 3, 'ACCEPTED', NULL, NULL, 6, '2019-12-20 14:00:00'),
    (4, 5, 4, 'RETURNED', 'Hộ dân phản ánh GCN đã đính chính nhưng chưa cập nhật sổ địa chính; đề nghị hoàn thiện.', '2020-11-30', 6, '2020-09-10 16:00:00'),
    (5, 17, 8, 'ACCEPTED', NULL, NULL, 6, '2020-10-30 10:00:00');

--changeset petitionboard:0100-6 context:demo
INSERT INTO petition_history (petition_id, event_type, from_state, to_state, actor_id, actor_name, occurred_at, details) VALUES
    (1, 'RECEIVED', NULL, 'RECEIVED', 3, 'Nguyễn Thị Thu Trang', '2019-10-15 15:00:00', 'Ghi nhận tại hội nghị đối thoại năm 2019'),
    (1, 'ASSIGNED', 'RECEIVED', 'ASSIGNED', 2, 'Hoàng Văn Lực', '2019-10-18 08:00:00', 'Giao Địa chính – Xây dựng, hạn 31/12/2019'),
    (1, 'STARTED', 'ASSIGNED', 'IN_PROGRESS', 4, 'Trần Văn Nam', '2019-10-21 08:00:00', NULL),
    (1, 'ANSWERED', 'IN_PROGRESS', 'ANSWERED', 4, 'Trần Văn Nam', '2020-02-25 10:00:00', 'Văn bản 112/UBND-ĐC ngày 25/02/2020'),
    (1, 'REVIEW_ACCEPTED', 'ANSWERED', 'RESOLVED', 6, 'Đỗ Thị Hạnh', '2020-03-20 10:00:00', NULL),
    (2, 'RECEIVED', NULL, 'RECEIVED', 3, 'Nguyễn Thị Thu Trang', '2019-10-15 15:10:00', 'Ghi nhận tại hội nghị đối thoại năm 2019'),
    (2, 'ASSIGNED', 'RECEIVED', 'ASSIGNED', 2, 'Hoàng Văn Lực', '2019-10-18 08:10:00', 'Giao Kinh tế – Hạ tầng – Đô thị, hạn 31/01/2020'),
    (2, 'STARTED', 'ASSIGNED', 'IN_PROGRESS', 5, 'Lê Minh Tuấn', '2019-10-22 08:00:00', NULL),
    (2, 'ANSWERED', 'IN_PROGRESS', 'ANSWERED', 5, 'Lê Minh Tuấn', '2020-01-20 09:00:00', 'Văn bản 35/UBND-KT ngày 20/01/2020'),
    (2, 'REVIEW_ACCEPTED', 'ANSWERED', 'RESOLVED', 6, 'Đỗ Thị Hạnh', '2020-02-28 09:00:00', NULL),
    (3, 'RECEIVED', NULL, 'RECEIVED', 3, 'Nguyễn Thị Thu Trang', '2019-10-15 15:20:00', 'Ghi nhận tại hội nghị đối thoại năm 2019'),
    (3, 'ASSIGNED', 'RECEIVED', 'ASSIGNED', 2, 'Hoàng Văn Lực', '2019-10-18 08:20:00', 'Giao Kinh tế – Hạ tầng – Đô thị, hạn 30/11/2019'),
    (3, 'STARTED', 'ASSIGNED', 'IN_PROGRESS', 5, 'Lê Minh Tuấn', '2019-10-19 08:00:00', NULL),
    (3, 'ANSWERED', 'IN_PROGRESS', 'ANSWERED', 5, 'Lê Minh Tuấn', '2019-11-28 14:00:00', NULL),
    (3, 'REVIEW_ACCEPTED', 'ANSWERED', 'RESOLVED', 6, 'Đỗ Thị Hạnh', '2019-12-20 14:00:00', NULL),
    (4, 'RECEIVED', NULL, 'RECEIVED', 3, 'Nguyễn Thị Thu Trang', '2019-10-15 15:30:00', 'Ghi nhận tại hội nghị đối thoại năm 2019'),
    (4, 'ESCALATED', 'RECEIVED', 'ESCALATED', 2, 'Hoàng Văn Lực', '2019-11-05 08:30:00', 'Báo cáo UBND quận Long Biên, văn bản 245/BC-UBND ngày 05/11/2019'),
    (5, 'RECEIVED', NULL, 'RECEIVED', 3, 'Nguyễn Thị Thu Trang', '2019-10-15 15:40:00', 'Ghi nhận tại hội nghị đối thoại năm 2019'),
    (5, 'ASSIGNED', 'RECEIVED', 'ASSIGNED', 2, 'Hoàng Văn Lực', '2019-10-18 08:30:00', 'Giao Địa chính – Xây dựng, hạn 31/03/2020'),
    (5, 'STARTED', 'ASSIGNED', 'IN_PROGRESS', 4, 'Trần Văn Nam', '2019-10-21 09:00:00', NULL),
    (5, 'PROGRESS_REPORTED', 'IN_PROGRESS', 'IN_PROGRESS', 4, 'Trần Văn Nam', '2020-02-20 10:00:00', '60%: Đã đo đạc lại hiện trạng thửa đất'),
    (5, 'ANSWERED', 'IN_PROGRESS', 'ANSWERED', 4, 'Trần Văn Nam', '2020-06-15 10:00:00', 'Văn bản 201/UBND-ĐC ngày 15/06/2020'),
    (5, 'REVIEW_RETURNED', 'ANSWERED', 'IN_PROGRESS', 6, 'Đỗ Thị Hạnh', '2020-09-10 16:00:00', 'Chưa cập nhật sổ địa chính; hạn mới 30/11/2020'),
    (6, 'RECEIVED', NULL, 'RECEIVED', 3, 'Nguyễn Thị Thu Trang', '2019-10-15 15:50:00', 'Ghi nhận tại hội nghị đối thoại năm 2019'),
    (6, 'ASSIGNED', 'RECEIVED', 'ASSIGNED', 1, 'Phạm Thị Minh Hồng', '2019-10-18 08:40:00', 'Giao Văn hóa – Xã hội, hạn 30/06/2020'),
    (6, 'STARTED', 'ASSIGNED', 'IN_PROGRESS', 2, 'Hoàng Văn Lực', '2019-11-01 08:00:00', NULL),
    (6, 'ANSWERED', 'IN_PROGRESS', 'ANSWERED', 2, 'Hoàng Văn Lực', '2020-09-25 10:00:00', 'Văn bản 256/UBND-VHXH ngày 25/09/2020'),
    (7, 'RECEIVED', NULL, 'RECEIVED', 3, 'Nguyễn Thị Thu Trang', '2020-10-12 14:40:00', 'Ghi nhận tại hội nghị đối thoại năm 2020'),
    (7, 'ANSWERED_ON_THE_SPOT', 'RECEIVED', 'ANSWERED', 3, 'Nguyễn Thị Thu Trang', '2020-10-12 15:30:00', 'Trả lời tại hội nghị: Phạm Thị Minh Hồng – Bí thư Đảng ủy'),
    (8, 'RECEIVED', NULL, 'RECEIVED', 3, 'Nguyễn Thị Thu Trang', '2020-10-12 14:50:00', 'Ghi nhận tại hội nghị đối thoại năm 2020'),
    (8, 'ASSIGNED', 'RECEIVED', 'ASSIGNED', 2, 'Hoàng Văn Lực', '2020-10-16 09:00:00', 'Giao Địa chính – Xây dựng, hạn 31/12/2020'),
    (9, 'RECEIVED', NULL, 'RECEIVED', 3, 'Nguyễn Thị Thu Trang', '2020-10-12 15:00:00', 'Ghi nhận tại hội nghị đối thoại năm 2020'),
    (9, 'ASSIGNED', 'RECEIVED', 'ASSIGNED', 2, 'Hoàng Văn Lực', '2020-10-16 09:10:00', 'Giao Địa chính – Xây dựng, hạn 29/01/2021'),
    (9, 'STARTED', 'ASSIGNED', 'IN_PROGRESS', 4, 'Trần Văn Nam', '2020-10-26 08:00:00', NULL),
    (9, 'PROGRESS_REPORTED', 'IN_PROGRESS', 'IN_PROGRESS', 4, 'Trần Văn Nam', '2020-11-20 15:00:00', '40%: Đã hướng dẫn tại tổ 2 và tổ 4'),
    (10, 'RECEIVED', NULL, 'RECEIVED', 3, 'Nguyễn Thị Thu Trang', '2020-10-12 15:10:00', 'Ghi nhận tại hội nghị đối thoại năm 2020'),
    (10, 'ASSIGNED', 'RECEIVED', 'ASSIGNED', 2, 'Hoàng Văn Lực', '2020-10-16 09:20:00', 'Giao Kinh tế – Hạ tầng – Đô thị, hạn 30/11/2020'),
    (10, 'STARTED', 'ASSIGNED', 'IN_PROGRESS', 5, 'Lê Minh Tuấn', '2020-10-20 10:00:00', NULL),
    (10, 'PROGRESS_REPORTED', 'IN_PROGRESS', 'IN_PROGRESS', 5, 'Lê Minh Tuấn', '2020-11-02 16:00:00', '50%: Đã ra quân 2 đợt'),
    (11, 'RECEIVED', NULL, 'RECEIVED', 3, 'Nguyễn Thị Thu Trang', '2020-10-12 15:20:00', 'Ghi nhận tại hội nghị đối thoại năm 2020'),
    (11, 'ASSIGNED', 'RECEIVED', 'ASSIGNED', 2, 'Hoàng Văn Lực', '2020-10-16 09:30:00', 'Giao Kinh tế – Hạ tầng – Đô thị, hạn 13/11/2020'),
    (12, 'RECEIVED', NULL, 'RECEIVED', 3, 'Nguyễn Thị Thu Trang', '2020-10-12 15:30:00', 'Ghi nhận tại hội nghị đối thoại năm 2020'),
    (12, 'ASSIGNED', 'RECEIVED', 'ASSIGNED', 1, 'Phạm Thị Minh Hồng', '2020-10-16 09:40:00', 'Giao Kinh tế – Hạ tầng – Đô thị, hạn 15/11/2020'),
    (12, 'STARTED', 'ASSIGNED', 'IN_PROGRESS', 5, 'Lê Minh Tuấn', '2020-10-19 08:00:00', NULL),
    (12, 'ANSWERED', 'IN_PROGRESS', 'ANSWERED', 5, 'Lê Minh Tuấn', '2020-11-05 15:00:00', 'Văn bản 318/UBND-KT ngày 05/11/2020'),
    (13, 'RECEIVED', NULL, 'RECEIVED', 3, 'Nguyễn Thị Thu Trang', '2020-10-12 15:40:00', 'Ghi nhận tại hội nghị đối thoại năm 2020'),
    (14, 'RECEIVED', NULL, 'RECEIVED', 3, 'Nguyễn Thị Thu Trang', '2020-10-12 15:50:00', 'Ghi nhận tại hội nghị đối thoại năm 2020'),
    (14, 'ESCALATED', 'RECEIVED', 'ESCALATED', 2, 'Hoàng Văn Lực', '2020-10-19 08:00:00', 'Báo cáo UBND quận Long Biên, văn bản 402/BC-UBND ngày 19/10/2020'),
    (15, 'RECEIVED', NULL, 'RECEIVED', 3, 'Nguyễn Thị Thu Trang', '2020-10-12 16:00:00', 'Ghi nhận tại hội nghị đối thoại năm 2020'),
    (15, 'ESCALATED', 'RECEIVED', 'ESCALATED', 2, 'Hoàng Văn Lực', '2020-10-21 09:00:00', 'Chuyển Ban Quản lý dự án đầu tư xây dựng quận Long Biên, văn bản 405/UBND ngày 21/10/2020'),
    (16, 'RECEIVED', NULL, 'RECEIVED', 3, 'Nguyễn Thị Thu Trang', '2020-10-12 16:10:00', 'Ghi nhận tại hội nghị đối thoại năm 2020'),
    (17, 'RECEIVED', NULL, 'RECEIVED', 3, 'Nguyễn Thị Thu Trang', '2020-10-12 16:20:00', 'Ghi nhận tại hội nghị đối thoại năm 2020'),
    (17, 'ANSWERED_ON_THE_SPOT', 'RECEIVED', 'ANSWERED', 3, 'Nguyễn Thị Thu Trang', '2020-10-12 16:20:00', 'Trả lời tại hội nghị: Phạm Thị Minh Hồng – Bí thư Đảng ủy'),
    (17, 'REVIEW_ACCEPTED', 'ANSWERED', 'RESOLVED', 6, 'Đỗ Thị Hạnh', '2020-10-30 10:00:00', NULL);
