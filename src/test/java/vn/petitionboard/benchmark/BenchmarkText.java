package vn.petitionboard.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The words of the generated petitions and delegates: a few hundred phrases of the kind people raise at ward
 * conferences, combined at random (fixed seed) into a fixed set of title/content templates. Every petition takes one
 * template, so each template's words are folded once in Java and the search index is written by SQL.
 */
final class BenchmarkText {

    /** How many distinct title/content pairs the petitions share. */
    static final int TEMPLATES = 400;

    static final List<String> PHRASES = List.of(
            "giải phóng mặt bằng", "đất đai", "giấy chứng nhận quyền sử dụng đất", "vệ sinh môi trường",
            "trật tự đô thị", "lấn chiếm vỉa hè", "mương thoát nước", "ngập úng khi mưa lớn", "rác thải tồn đọng",
            "đèn chiếu sáng ngõ", "cây xanh nghiêng đổ", "an ninh trật tự", "lắp camera an ninh", "tái định cư tại chỗ",
            "bồi thường hỗ trợ", "xây dựng không phép", "nhà văn hóa xuống cấp", "đường nội bộ hư hỏng",
            "đề nghị phường sớm giải quyết", "kiểm tra xử lý dứt điểm", "các hộ dân", "khu dân cư mới",
            "sinh hoạt chi bộ", "đảng viên nơi cư trú", "trường mầm non", "tiếng ồn karaoke", "bãi đỗ xe tự phát",
            "nước sạch sinh hoạt", "điện chập chờn", "hồ sơ đã nộp từ lâu", "đo đạc lại diện tích",
            "thủ tục hành chính", "người cao tuổi", "học sinh tan trường", "ô nhiễm không khí", "phế thải xây dựng",
            "cống rãnh bốc mùi", "ổ gà trên đường", "vỉa hè xuống cấp", "biển báo giao thông", "đèn tín hiệu hỏng",
            "xe tải chạy quá tốc độ", "bụi từ công trình", "công trình chậm tiến độ", "dự án treo nhiều năm",
            "quy hoạch chi tiết", "chuyển mục đích sử dụng đất", "tranh chấp ranh giới", "hòa giải ở cơ sở",
            "cấp đổi sổ đỏ", "đính chính thông tin", "nộp thuế đất", "hỗ trợ hộ nghèo", "bảo hiểm y tế",
            "trợ cấp xã hội", "người có công", "thương binh liệt sĩ", "chế độ hưu trí", "việc làm cho thanh niên",
            "dạy nghề", "trạm y tế phường", "tiêm chủng mở rộng", "phòng chống dịch", "sốt xuất huyết",
            "phun thuốc diệt muỗi", "vệ sinh an toàn thực phẩm", "chợ tạm lấn đường", "kinh doanh hàng rong",
            "quán nhậu gây ồn", "trộm cắp vặt", "tệ nạn xã hội", "ma túy", "thanh thiếu niên tụ tập",
            "đua xe trái phép", "phòng cháy chữa cháy", "nhà trọ công nhân", "đăng ký tạm trú", "căn cước công dân",
            "hộ tịch", "khai sinh", "chứng thực bản sao", "điểm vui chơi trẻ em", "sân thể thao",
            "nhà sinh hoạt cộng đồng", "thư viện phường", "lễ hội truyền thống", "di tích lịch sử", "đình làng",
            "chùa", "nghĩa trang", "ao hồ ô nhiễm", "kè bờ hồ", "cải tạo hồ điều hòa", "trồng thêm cây xanh",
            "chặt hạ cây", "tỉa cành trước mùa bão", "cột điện nghiêng", "dây điện chằng chịt", "cáp viễn thông",
            "thoát nước thải", "bể phốt tràn", "nhà máy xả thải", "khói bếp than tổ ong", "đốt rác ngoài trời",
            "thu gom rác không đúng giờ", "phí vệ sinh", "điểm tập kết rác", "xe rác rơi vãi", "bãi rác tự phát",
            "lòng đường bị chiếm dụng", "xây dựng trái phép trên đất nông nghiệp", "cơi nới ban công",
            "nhà xuống cấp nguy hiểm", "chung cư cũ", "thang máy hỏng", "bảo trì chung cư", "ban quản trị tòa nhà",
            "phí gửi xe", "tầng hầm ngập nước", "hàng rào tạm", "đường ống nước vỡ", "áp lực nước yếu",
            "hóa đơn tiền nước", "giá điện sinh hoạt", "mất điện kéo dài", "trạm biến áp quá tải",
            "đường dây hạ thế", "camera giao thông", "gờ giảm tốc", "ngõ hẹp xe cứu hỏa không vào được",
            "đường sắt chạy qua khu dân cư", "rào chắn đường ngang", "cầu dân sinh", "bến xe buýt", "xe ôm công nghệ",
            "điểm trông giữ xe", "xe máy để trên vỉa hè", "quảng cáo rao vặt", "biển hiệu lấn chiếm",
            "sơn sửa mặt phố", "chỉnh trang đô thị", "công viên", "ghế đá vườn hoa", "nhà vệ sinh công cộng",
            "người lang thang", "chó thả rông", "tiêm phòng dại", "gia súc trong khu dân cư", "mùi hôi chăn nuôi",
            "đất công bị lấn chiếm", "thu hồi đất", "giao đất trái thẩm quyền", "đấu giá quyền sử dụng đất",
            "bảng giá đất", "đất dịch vụ", "đất giãn dân", "nhà ở xã hội", "tiến độ cấp giấy chứng nhận",
            "công khai ngân sách", "đóng góp xây dựng", "quỹ vì người nghèo", "khen thưởng", "cán bộ tiếp dân",
            "thái độ phục vụ", "giải quyết đơn thư", "trả lời chậm", "họp tổ dân phố", "bầu tổ trưởng",
            "phụ cấp tổ trưởng", "hội người cao tuổi", "hội phụ nữ", "đoàn thanh niên", "hội cựu chiến binh",
            "mặt trận tổ quốc", "giám sát cộng đồng", "dân chủ ở cơ sở", "phổ biến pháp luật", "trợ giúp pháp lý");

    static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Mai", "Cao", "Đinh");
    static final List<String> MIDDLE = List.of("Văn", "Thị", "Minh", "Quốc", "Thu", "Hữu", "Ngọc", "Đức", "Thanh",
            "Xuân");
    static final List<String> GIVEN = List.of("Bình", "Lan", "Hùng", "Mai", "Toàn", "Hoa", "Thắng", "Ngọc", "Dũng",
            "Thu", "Khoa", "Yến", "Tiến", "Bích", "Hải", "Hương", "Long", "Nga", "Phúc", "Quyên", "Sơn", "Tâm",
            "Uyên", "Vinh", "Xuyến", "Ánh", "Đạt", "Giang", "Khánh", "Linh");

    record Template(int id, String title, String content) {
    }

    private BenchmarkText() {
    }

    /** The same templates on every run (fixed seed), so a search's figures compare across runs and sizes. */
    static List<Template> templates() {
        Random random = new Random(20261202);
        List<Template> templates = new ArrayList<>(TEMPLATES);
        for (int id = 0; id < TEMPLATES; id++) {
            String title = capitalise(phrase(random)) + " tổ " + (1 + random.nextInt(20));
            StringBuilder content = new StringBuilder("Đề nghị");
            int parts = 3 + random.nextInt(4);
            for (int p = 0; p < parts; p++) {
                content.append(' ').append(phrase(random)).append(p % 2 == 0 ? ","
                        : " tại tổ dân phố số " + (1 + random.nextInt(20)) + ",");
            }
            templates.add(new Template(id, title, content.append(" mong được giải quyết.").toString()));
        }
        return templates;
    }

    /** The n-th delegate's name, family/middle/given cycling at different rates. */
    static String delegateName(int n) {
        return FAMILY.get(n % FAMILY.size()) + " " + MIDDLE.get((n / 3) % MIDDLE.size()) + " "
                + GIVEN.get((n * 7) % GIVEN.size());
    }

    private static String phrase(Random random) {
        return PHRASES.get(random.nextInt(PHRASES.size()));
    }

    private static String capitalise(String text) {
        return text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }
}
