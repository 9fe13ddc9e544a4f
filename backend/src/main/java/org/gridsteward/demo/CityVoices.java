package org.gridsteward.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What people in the simulated city say: residents' descriptions per category, reporters' names and phone
 * numbers, and the notes, reasons and replies staff write as a report moves along. Phone numbers keep 0000 in
 * the four digits every display masks, so they look real on a wall (138****2046) and belong to nobody.
 */
final class CityVoices {
    private static final Map<String, List<String>> DESCRIPTIONS = Map.ofEntries(
            Map.entry("parking", List.of(
                    "%s楼下消防通道被私家车长期占用，救护车进不来",
                    "小区车位不够，晚上车辆乱停在人行道上，老人出行不便",
                    "%s门口有辆僵尸车停了半年多，落满灰尘无人挪走",
                    "外来车辆占用小区车位，业主下班回来没地方停车",
                    "地下车库入口常被堵住，早高峰车辆出不去")),
            Map.entry("fees", List.of(
                    "物业费今年突然上涨，没有开业主大会也没有公示",
                    "停车管理费收费标准不透明，要求物业公开收支明细",
                    "%s电梯维修费分摊不合理，住一楼的也要交",
                    "物业强制收取装修押金，退房时拖着不退",
                    "供暖费已经交了，暖气还是不热，要求退费")),
            Map.entry("ev-charging", List.of(
                    "%s有住户从楼上拉电线给电动车充电，电线垂到一楼，很危险",
                    "电动车推进楼道充电，晚上一直放着，担心起火",
                    "%s楼道里私拉飞线充电，插线板就放在地上",
                    "小区充电桩太少，大家只好在窗户外面吊线充电",
                    "有人把电瓶拿回家里充电，邻居很担心安全")),
            Map.entry("garbage", List.of(
                    "%s旁边的垃圾桶满了两天没人清运，气味很大",
                    "垃圾分类投放点旁边堆满装修垃圾，没人处理",
                    "小区东门外有人乱倒建筑垃圾，已经堆成小山",
                    "厨余垃圾桶破损漏水，招来很多苍蝇蚊子",
                    "%s楼下大件家具随意丢弃，堵住了一半通道")),
            Map.entry("fire-lane", List.of(
                    "%s楼下消防通道被电动车和杂物堵死",
                    "消防通道上搭了遮阳棚，消防车无法通行",
                    "小区消防通道地锁被人私自安装，占为己有",
                    "%s楼前消防登高场地被改成停车位")),
            Map.entry("stairwell-clutter", List.of(
                    "%s楼道里堆满纸箱和旧家具，晚上看不清容易摔倒",
                    "有住户在楼道里放鞋柜和自行车，通道只剩一人宽",
                    "%s楼梯间堆放泡沫箱，邻居担心引发火灾",
                    "楼道里长期放着腌菜缸和杂物，多次劝说无效")),
            Map.entry("illegal-construction", List.of(
                    "%s顶楼住户在楼顶违规加盖房屋，正在施工",
                    "一楼住户私自扩建院子，占用了公共绿地",
                    "有住户拆改承重墙，楼上楼下都很担心",
                    "%s阳台外私自搭建铁皮棚，影响采光")),
            Map.entry("street-light", List.of(
                    "%s门口的路灯坏了一个多星期，晚上漆黑一片",
                    "小区主干道好几盏路灯不亮，老人晚上不敢出门",
                    "路灯白天一直亮着，晚上反而不亮",
                    "%s附近的路灯杆倾斜，担心倒下砸到人")),
            Map.entry("property-service", List.of(
                    "%s电梯经常故障停运，报修后物业迟迟不来",
                    "物业保洁不到位，楼道一个月没有打扫",
                    "小区门禁坏了半个月，外来人员随意进出",
                    "%s楼顶漏水，联系物业多次没有人来维修",
                    "物业工作人员态度恶劣，业主反映问题推诿扯皮")),
            Map.entry("noise", List.of(
                    "%s有住户晚上十一点以后还在装修，电钻声很吵",
                    "小区广场舞音响声音太大，一直到晚上十点",
                    "楼下商铺夜间营业噪音扰民，严重影响休息",
                    "附近工地夜间违规施工，整晚都是机器声")),
            Map.entry("greenery", List.of(
                    "%s前的大树枝叶压到电线，刮风时很危险",
                    "小区绿地被人改种蔬菜，还施了农家肥",
                    "草坪枯死一大片，很久没人养护",
                    "%s门口的行道树被虫蛀，树干已经空了")),
            Map.entry("water-heating", List.of(
                    "%s停水一整天了，没有接到任何通知",
                    "家里暖气片不热，室温只有十四度",
                    "自来水发黄有异味，不敢直接饮用",
                    "%s地下室水管爆裂，水已经漫到楼道")),
            Map.entry("street-vending", List.of(
                    "小区门口早上摆满流动摊贩，堵塞道路",
                    "%s附近有人占道烧烤，油烟很大",
                    "学校门口的小摊占用人行道，孩子只能走机动车道",
                    "夜市摊位延伸到小区出入口，车辆进出困难")));
    private static final List<String> ANY_CATEGORY = List.of(
            "%s附近的问题已经持续一段时间，希望尽快处理", "邻居们都反映过这个问题，一直没人管");

    private static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何",
            "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓");
    private static final List<String> GIVEN = List.of(
            "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
            "超", "秀兰", "霞", "平", "刚", "桂英", "建国", "建华", "玉兰", "丽华", "志强", "海燕", "文", "红梅", "德胜");
    private static final List<String> MOBILE_PREFIXES = List.of(
            "138", "139", "135", "136", "150", "151", "158", "159", "186", "187", "188", "189", "177", "133", "153");

    static final List<String> REJECT_REASONS = List.of(
            "重复上报，已并入同一事项办理",
            "属于业主之间的民事纠纷，已告知通过调解或诉讼途径解决",
            "描述不清，回访电话无人接听，无法核实",
            "经现场核实，问题不存在");
    static final List<String> RETURN_REASONS = List.of(
            "不属于本部门职责范围，请改派", "经核实该事项由属地街道负责，申请退回", "职责交叉，请指挥中心协调后重新派遣");
    static final List<String> EXTEND_REASONS = List.of(
            "需协调多个部门联合处置，申请延期", "涉及产权单位，需等待对方答复", "需采购配件，申请延长办理期限",
            "天气原因无法施工，申请延期");
    static final List<String> PROGRESS_NOTES = List.of(
            "已到现场查看，正在联系相关责任人", "已与物业沟通，约定处理时间", "已安排工作人员进场处置",
            "已电话联系反映人，说明处理进度", "已下达整改通知书，限期整改");
    static final List<String> RESOLUTIONS = List.of(
            "已现场处置完毕，拍照留存", "已督促责任方整改到位，经复查合格", "已清理完毕并加强日常巡查",
            "已约谈责任人，问题已解决", "已完成维修，恢复正常使用");
    static final List<String> REWORK_REASONS = List.of("现场核查问题仍然存在，请继续处置", "整改不彻底，请重新处理");
    static final List<String> VERIFY_NOTES = List.of("现场核查属实，已处理完毕", "已回访居民，确认解决");
    static final List<String> SATISFIED_COMMENTS = List.of("处理很及时，谢谢！", "工作人员很负责", "问题解决了，很满意");
    static final List<String> BASIC_COMMENTS = List.of("解决了，就是有点慢", "基本解决，希望以后加强管理");
    static final List<String> DISSATISFIED_COMMENTS = List.of("问题根本没有解决", "只是走个过场，过两天又是老样子");
    static final List<String> INSTRUCTIONS = List.of("请尽快到现场核实处置", "请按时签收并反馈处理结果", "居民反映强烈，请优先处理");

    private CityVoices() {}

    static String description(String categoryId, String place, Random random) {
        String template = pick(DESCRIPTIONS.getOrDefault(categoryId, ANY_CATEGORY), random);
        return template.contains("%s") ? template.formatted(place) : template;
    }

    /** A phone number from a pool of a few thousand, so some residents report more than once. */
    static String phone(Random random) {
        return pick(MOBILE_PREFIXES, random) + "0000" + String.format("%04d", random.nextInt(3000) * 3 + 17);
    }

    /** The same name for the same phone number, as it would be for a real resident. */
    static String nameFor(String phone) {
        Random byPhone = new Random(phone.hashCode());
        return pick(SURNAMES, byPhone) + pick(GIVEN, byPhone);
    }

    static <T> T pick(List<T> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }
}
