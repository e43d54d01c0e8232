#!/usr/bin/env python3
"""Writes a synthetic national corpus in scip's own formats, for bench/run.

    bench/gen_corpus.py OUTDIR [--scale S] [--seed N]

At --scale 1 the corpus has the shape of one five-year period of the whole
programme: a national plan, 31 provincial plans, 330 prefecture plans and
2,900 county plans (3,262 YAML files of 20-40 KB, each with a `parent:` link
one level up and the regions under it listed under `regions:`), one indicator
catalog of 50 indicators, and quarterly submissions for 2021-2025 from every
region: one CSV per province and year (about 3.26 million rows at scale 1).
--scale 0.1 and 0.01 keep every level and shrink each in proportion.

The submissions are written the way regions write them: mostly plain
numbers, some with thousands separators (12,345), some in 万 (1.3万), some
approximate (约500); some provinces use the Chinese headers (地区代码, 指标,
时期, 数值); one province's files are GB18030 with CRLF line ends (as Excel on
Chinese Windows saves them); a UTF-8 BOM on others; about 2% of the figures
are missing (never reported); a later file corrections-2024.csv re-reports
about 0.1% of the 2023 figures with a later reported_on date (late
corrections: the later report supersedes the earlier one).

Everything here is SYNTHETIC, made for measuring, except the region codes
and names, which are real (GB/T 2260, in force in 2023: scip checks them):
departments, task texts and figures are invented (built from the phrases the
real plans use), not taken from any region's plan. The output is
deterministic: the same --scale and --seed give the same bytes. Generated data
is never committed (bench/corpus/ is in .gitignore).
"""
import argparse
import os
import random

YEARS = range(2021, 2026)
QUARTERS = [f"{y}-Q{q}" for y in YEARS for q in range(1, 5)]

PROVINCES = [
    ("11", "北京市", "京"), ("12", "天津市", "津"), ("13", "河北省", "冀"), ("14", "山西省", "晋"),
    ("15", "内蒙古自治区", "内蒙古"), ("21", "辽宁省", "辽"), ("22", "吉林省", "吉"), ("23", "黑龙江省", "黑"),
    ("31", "上海市", "沪"), ("32", "江苏省", "苏"), ("33", "浙江省", "浙"), ("34", "安徽省", "皖"),
    ("35", "福建省", "闽"), ("36", "江西省", "赣"), ("37", "山东省", "鲁"), ("41", "河南省", "豫"),
    ("42", "湖北省", "鄂"), ("43", "湖南省", "湘"), ("44", "广东省", "粤"), ("45", "广西壮族自治区", "桂"),
    ("46", "海南省", "琼"), ("50", "重庆市", "渝"), ("51", "四川省", "川"), ("52", "贵州省", "黔"),
    ("53", "云南省", "滇"), ("54", "西藏自治区", "藏"), ("61", "陕西省", "陕"), ("62", "甘肃省", "甘"),
    ("63", "青海省", "青"), ("64", "宁夏回族自治区", "宁"), ("65", "新疆维吾尔自治区", "新"),
]
NAME_CHARS = "安平宁远东西南北江河山阳泉林川德清华兴昌永丰广和顺康泰嘉云龙凤台石桥城海湖溪岭源新丹宝鹤乐明静金玉长高青白黄沙柳松桃梅兰竹晋定武威信义仁礼乾坤"

# (id, name, unit, accumulate, direction, typical value of a target at the county level)
INDICATORS = [
    ("literacy-rate", "公民具备科学素质的比例", "%", "latest", "up", 15),
    ("science-volunteers", "注册科技志愿者", "人", "latest", "up", 800),
    ("science-info-officers", "科普信息员注册人数", "人", "latest", "up", 3000),
    ("science-events", "举办科普活动", "场次", "sum", "up", 400),
    ("science-event-visits", "科普活动参与人次", "人次", "sum", "up", 120000),
    ("funding-per-capita", "人均科普经费", "元", "latest", "up", 2),
    ("science-bases", "科普教育基地", "个", "latest", "up", 12),
    ("science-museums", "科技馆", "个", "latest", "up", 1),
    ("mobile-museum-stops", "流动科技馆巡展站点", "站", "sum", "up", 10),
    ("science-caravan-trips", "科普大篷车下乡", "次", "sum", "up", 60),
    ("high-quality-farmers", "培育高素质农民", "人", "sum", "up", 1500),
    ("rural-skill-training", "培训农村技能人才", "人次", "sum", "up", 5000),
    ("worker-skill-training", "产业工人职业技能培训", "人次", "sum", "up", 8000),
    ("elderly-digital-training", "老年人智能技术培训", "人次", "sum", "up", 3000),
    ("cadre-training", "培训领导干部和公务员", "人次", "sum", "up", 2000),
    ("youth-contest-entries", "青少年科技创新大赛参赛", "人次", "sum", "up", 1500),
    ("teacher-training", "科学教师培训", "人次", "sum", "up", 600),
    ("science-lectures", "科普讲座", "场", "sum", "up", 200),
    ("school-science-clubs", "中小学科技社团", "个", "latest", "up", 40),
    ("facility-open-rate", "科技类设施对外开放率", "%", "latest", "up", 80),
    ("science-media-items", "原创科普作品", "部", "sum", "up", 50),
    ("new-media-followers", "科普新媒体关注人数", "人", "max", "up", 50000),
    ("emergency-drills", "应急科普演练", "场", "sum", "up", 80),
    ("health-lectures", "健康科普讲座", "场", "sum", "up", 150),
    ("community-stations", "社区科普e站", "个", "latest", "up", 60),
    ("rural-science-stations", "农村科普活动站", "个", "latest", "up", 120),
    ("science-galleries", "科普宣传栏", "个", "latest", "up", 300),
    ("academician-visits", "院士专家进校园", "场", "sum", "up", 20),
    ("science-week-events", "科技活动周活动", "场", "sum", "up", 40),
    ("science-day-events", "全国科普日活动", "场", "sum", "up", 40),
]
while len(INDICATORS) < 50:  # fill to 50 with numbered sub-indicators of the same kinds
    n = len(INDICATORS)
    base = INDICATORS[n % 30]
    INDICATORS.append((f"{base[0]}-{n:02d}", f"{base[1]}（分项{n:02d}）", base[2], base[3], base[4], base[5]))

LEVEL_FACTOR = {"national": 400.0, "province": 40.0, "prefecture": 6.0, "county": 1.0}

ACTIONS = [
    ("youth", "青少年科学素质提升行动", ["edu", "cast", "youth-league", "sci"]),
    ("farmers", "农民科学素质提升行动", ["agri", "cast", "women", "rural-revival"]),
    ("workers", "产业工人科学素质提升行动", ["hrss", "union", "miit", "cast"]),
    ("elderly", "老年人科学素质提升行动", ["health", "civil", "veteran-cadres", "cast"]),
    ("cadres", "领导干部和公务员科学素质提升行动", ["organization", "party-school", "hrss"]),
]
PROJECTS = [
    ("resources", "科技资源科普化工程", ["sci", "cast", "edu"]),
    ("informatization", "科普信息化提升工程", ["publicity", "cast", "media"]),
    ("infrastructure", "科普基础设施工程", ["ndrc", "cast", "finance"]),
    ("grassroots", "基层科普能力提升工程", ["cast", "emergency", "health"]),
    ("exchange", "科学素质交流合作工程", ["cast", "foreign-affairs", "sci"]),
]
DEPARTMENTS = [
    ("edu", "教育局"), ("cast", "科协"), ("sci", "科技局"), ("agri", "农业农村局"), ("hrss", "人力资源社会保障局"),
    ("union", "总工会"), ("youth-league", "团委"), ("women", "妇联"), ("health", "卫生健康委"), ("civil", "民政局"),
    ("organization", "委组织部"), ("publicity", "委宣传部"), ("media", "广播电视局"), ("emergency", "应急管理局"),
    ("market", "市场监管局"), ("ndrc", "发展改革委"), ("finance", "财政局"), ("miit", "工业和信息化局"),
    ("veteran-cadres", "委老干部局"), ("party-school", "委党校"), ("rural-revival", "乡村振兴局"),
    ("foreign-affairs", "外事办"), ("culture-tourism", "文化和旅游局"), ("ecology", "生态环境局"),
]
VERBS = ["加强", "实施", "推进", "建立完善", "深入开展", "广泛开展", "持续推进", "大力发展", "组织开展", "积极推动"]
OBJECTS = [
    "科学教育课程体系建设", "科技志愿服务队伍建设", "农村科普示范基地建设", "科普大篷车巡展", "青少年科技创新大赛",
    "科普中国信息员队伍建设", "应急科普宣教", "老年人运用智能技术培训", "职业技能提升培训", "科技馆免费开放",
    "流动科技馆巡展", "科普讲解大赛", "院士专家进校园活动", "全国科普日活动", "科技活动周活动", "数字科普资源共享",
    "高素质农民培育", "领导干部科学素质培训", "社区科普益民服务", "科普信息化平台建设", "健康科普进社区",
    "科普创作与传播", "科技资源科普化", "基层科普能力建设", "科学素质国际交流合作",
]
CLAUSES = [
    "围绕{place}经济社会发展需求，{verb}{obj}，", "充分发挥{dept}的牵头作用，", "统筹各方资源，",
    "以提升公民科学素质为目标，", "建立健全工作机制，", "每年组织开展不少于{n}场次的主题活动，",
    "力争到{year}年实现全覆盖，", "推动科普工作与{obj}深度融合，", "积极引导社会力量参与，",
    "加大对农村和边远地区的支持力度，", "充分利用新媒体平台扩大覆盖面，", "完善考核评估和激励机制，",
    "打造一批具有{place}特色的科普品牌，", "注重发挥学校、社区和企业的作用，",
]


def registry_2023():
    """The GB/T 2260 records in force in 2023 (data/regions/areacodes.csv):
    prefectures by province name, counties by (province, prefecture) name."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "regions", "areacodes.csv")
    prefs, counties = {}, {}
    names = {}
    with open(path, encoding="utf-8-sig") as f:
        next(f)
        for line in f:
            code, prov, pref, name, level, _, start, end, _ = line.rstrip("\n").split(",")
            if int(start) > 2023 or (end and int(end) <= 2023):
                continue
            names[name] = names.get(name, 0) + 1
            if name[-1] in "市区县旗盟州" and len(name) > 2:
                names[name[:-1]] = names.get(name[:-1], 0) + 1
            if level == "地级":
                prefs.setdefault(prov, []).append((code, name))
            elif level == "县级" and pref != "直辖":
                counties.setdefault((prov, pref), []).append((code, name))
    # Names that say one region of the whole registry (their short forms too).
    unique = {n for n, k in names.items() if k == 1}
    return prefs, counties, unique


UNIQUE_NAMES = set()


def region_tree(scale, rng):
    """The regions of the corpus: (code, name, level, parent code, province index).
    Real GB/T 2260 codes and names in force in 2023 (scip checks them against
    its registry), taken round-robin: provinces, then their prefectures, then
    the counties of those prefectures, as many as the scale asks for and the
    registry has."""
    n_prov = max(1, round(31 * scale))
    n_pref = max(n_prov, round(330 * scale))
    n_cnty = max(n_pref, round(2900 * scale))
    real_prefs, real_counties, unique = registry_2023()
    UNIQUE_NAMES.update(unique)
    regions = [("000000", "全国", "national", None, -1)]
    # The four municipalities (直辖市) have no prefectures: taken last.
    order = [p for p in PROVINCES if p[0] not in ("11", "12", "31", "50")] + \
            [p for p in PROVINCES if p[0] in ("11", "12", "31", "50")]
    provs = []
    for i in range(n_prov):
        code, pname, _ = order[i % 31]
        provs.append((f"{code}0000", pname))
        regions.append((f"{code}0000", pname, "province", "000000", i))
    prefs = []
    depth = 0
    while len(prefs) < n_pref and depth < 60:
        for p, (pcode, pname) in enumerate(provs):
            options = real_prefs.get(pname, [])
            if depth < len(options) and len(prefs) < n_pref:
                code, name = options[depth]
                prefs.append((code, name, p, pname))
                regions.append((code, name, "prefecture", pcode, p))
        depth += 1
    n_cnty_made = 0
    depth = 0
    while n_cnty_made < n_cnty and depth < 60:
        for code_pref, name_pref, p, pname in prefs:
            options = real_counties.get((pname, name_pref), [])
            if depth < len(options) and n_cnty_made < n_cnty:
                code, name = options[depth]
                regions.append((code, name, "county", code_pref, p))
                n_cnty_made += 1
        depth += 1
    return regions


def yq(s):
    """A YAML double-quoted scalar."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def plan_id(code, level):
    return "national-2021-2025" if level == "national" else f"r{code}-2021-2025"


def sentence(rng, place, dept, year=2025):
    parts = [rng.choice(CLAUSES).format(place=place, verb=rng.choice(VERBS), obj=rng.choice(OBJECTS), dept=dept,
                                        n=rng.randint(2, 50), year=year) for _ in range(rng.randint(2, 5))]
    return "".join(parts).rstrip("，") + "。"


def write_plan(path, region, children, rng, targets_out):
    code, name, level, parent, _ = region
    prefix = {"national": "国", "province": "省", "prefecture": "市", "county": "县"}[level]
    depts = rng.sample(DEPARTMENTS, rng.randint(16, len(DEPARTMENTS)))
    for must in ("cast", "edu", "sci", "agri", "hrss", "union", "organization", "health", "publicity", "ndrc"):
        if must not in [d[0] for d in depts]:
            depts.append(next(d for d in DEPARTMENTS if d[0] == must))
    dept_ids = [d[0] for d in depts]
    names = dict(DEPARTMENTS)
    pid = plan_id(code, level)
    out = ["# yaml-language-server: $schema=../../../schemas/plan.schema.json\n",
           "# SYNTHETIC plan written by bench/gen_corpus.py for benchmarking; not a real region's plan.\n",
           "scip: 1\ntype: plan\n", f"id: {pid}\n",
           f"title: {name}全民科学素质行动规划纲要实施方案（2021—2025年）\n",
           f"issuer: {name}人民政府办公厅\n",
           f"document: {yq(f'{name[:2]}政办发〔2021〕{rng.randint(1, 80)}号')}\n",
           f"issued: \"2021-{rng.randint(6, 12):02d}-{rng.randint(1, 28):02d}\"\n"]  # quoted: ajv-cli (js-yaml) reads a bare date as a Date
    if parent:
        out.append(f"parent: {plan_id(parent, 'national' if parent == '000000' else 'x')}\n")
    out.append(f'region: {{code: "{code}", name: {name}, level: {level}}}\n')
    out.append("period: {start: 2021, end: 2025}\nfyp: 14\n")
    if children:
        out.append("regions:\n")
        for c in children:
            out.append(f'  - {{code: "{c[0]}", name: {c[1]}}}\n')
    out.append("departments:\n")
    for d, dn in depts:
        out.append(f"  {d}: {'' if level == 'national' else name}{dn.lstrip('委') if level == 'national' else dn}\n")
    factor = LEVEL_FACTOR[level]
    chosen = rng.sample(range(len(INDICATORS)), rng.randint(24, 36))
    if 0 not in chosen:
        chosen.append(0)

    def target(ind_index, tid, indent):
        iid, iname, unit, acc, _, typical = INDICATORS[ind_index]
        if unit == "%":
            value = round(typical * rng.uniform(0.8, 1.2), 1)
        else:
            value = max(1, int(typical * factor * rng.uniform(0.6, 1.4)))
        by = 2023 if rng.random() < 0.2 else 2025
        lines = [f"{indent}- id: {tid}\n", f"{indent}  indicator: {iid}\n", f"{indent}  name: {iname}\n",
                 f"{indent}  value: {value}\n", f"{indent}  unit: {yq(unit)}\n", f"{indent}  by: {by}\n"]
        baseline = None
        if acc != "sum" and rng.random() < 0.5:
            baseline = round(value * rng.uniform(0.3, 0.7), 1) if unit == "%" else int(value * rng.uniform(0.3, 0.7))
            lines.append(f"{indent}  baseline: {{value: {baseline}, at: 2020}}\n")
        targets_out.append((pid, tid, code, iid, value, by, baseline))
        return lines

    out.append("goals:\n  - id: overall\n    source: 一（三）\n")
    out.append(f"    text: 到2025年，全{prefix}公民具备科学素质的比例达到{INDICATORS[0][5]}%以上。\n")
    out.append("    targets:\n")
    out += target(0, "literacy-rate", "      ")
    pool = [c for c in chosen if c != 0]
    out.append("actions:\n")
    sections = [(a, "action") for a in ACTIONS] + [(p, "project") for p in PROJECTS]
    for si, ((aid, title, leads), kind) in enumerate(sections):
        lead = [d for d in leads if d in dept_ids][:2] or ["cast"]
        out += [f"  - id: {aid}\n", f"    kind: {kind}\n", f"    title: {title}\n",
                f"    source: {'二' if kind == 'action' else '三'}（{'一二三四五'[si % 5]}）\n",
                f"    text: {sentence(rng, name, names[lead[0]])}\n",
                f"    lead: [{', '.join(lead)}]\n", "    support_all: true\n", "    tasks:\n"]
        for k in range(rng.randint(2, 6)):
            tl = rng.sample(dept_ids, 1)
            ts = [d for d in rng.sample(dept_ids, 3) if d not in tl]
            out += [f"      - id: {aid}-{k + 1}\n",
                    f"        title: {rng.choice(VERBS)}{rng.choice(OBJECTS)}\n",
                    f"        source: {'二' if kind == 'action' else '三'}（{'一二三四五'[si % 5]}）{k + 1}\n",
                    f"        text: {sentence(rng, name, names[tl[0]])}{sentence(rng, name, names[tl[0]])}\n",
                    f"        lead: [{', '.join(tl)}]\n", f"        support: [{', '.join(ts)}]\n"]
            if pool and rng.random() < 0.8:
                out.append("        targets:\n")
                for _ in range(rng.randint(1, 2)):
                    if not pool:
                        break
                    ii = pool.pop()
                    out += target(ii, f"{INDICATORS[ii][0]}-target", "          ")
    out.append("milestones:\n")
    for m, (mt, year) in enumerate([("制定实施方案并启动实施", 2021), ("开展中期评估", 2023), ("开展总结评估", 2025)]):
        out += [f"  - id: m{m + 1}\n", f"    title: {mt}\n", f"    by: {year}\n"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))


def fmt_value(v, unit, rng):
    """A figure as a region writes it, and whether it is approximate."""
    r = rng.random()
    if unit == "%":
        return f"{v:.1f}%" if r < 0.3 else f"{v:.1f}"
    if r < 0.03 and v >= 10000 and v % 1000 == 0:
        return f"{v / 10000:g}万"
    if r < 0.08 and v >= 1000:
        return f"{v:,}"
    if r < 0.085:
        return f"约{v}"
    return str(v)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=2021)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    regions = region_tree(args.scale, rng)
    # A name is written instead of the code only where it names one region.
    name_count = {}
    for r in regions:
        name_count[r[1]] = name_count.get(r[1], 0) + 1
    children = {}
    for r in regions:
        if r[3]:
            children.setdefault(r[3], []).append(r)
    plans_dir = os.path.join(args.out, "plans")
    subs_dir = os.path.join(args.out, "submissions")
    os.makedirs(plans_dir, exist_ok=True)
    os.makedirs(subs_dir, exist_ok=True)

    os.makedirs(os.path.join(args.out, "catalog"), exist_ok=True)
    with open(os.path.join(args.out, "catalog", "indicators.yaml"), "w", encoding="utf-8") as f:
        f.write("# yaml-language-server: $schema=../../../schemas/indicators.schema.json\n"
                "# SYNTHETIC catalog written by bench/gen_corpus.py for benchmarking.\n"
                "scip: 1\ntype: indicators\ntitle: 基准测试指标目录（合成）\nindicators:\n")
        for iid, iname, unit, acc, direction, _ in INDICATORS:
            f.write(f"  - {{id: {iid}, name: {iname}, unit: {yq(unit)}, accumulate: {acc}, direction: {direction}}}\n")

    write_diff_pair(os.path.join(args.out, "diff"), 5000, random.Random(args.seed + 1))
    targets = []
    for r in regions:
        sub = {"national": "", "province": r[0][:2], "prefecture": r[0][:2] + "/" + r[0][:4],
               "county": r[0][:2] + "/" + r[0][:4]}[r[2]]
        d = os.path.join(plans_dir, sub)
        os.makedirs(d, exist_ok=True)
        write_plan(os.path.join(d, f"{plan_id(r[0], r[2])}.yaml"), r, children.get(r[0], []), rng, targets)
    # The flat tables a pandas user would keep beside the plans (bench/progress_pandas.py).
    with open(os.path.join(args.out, "regions.tsv"), "w", encoding="utf-8") as f:
        f.write("code\tname\n")
        for r in regions:
            f.write(f"{r[0]}\t{r[1]}\n")
    with open(os.path.join(args.out, "targets.tsv"), "w", encoding="utf-8") as f:
        f.write("plan\ttarget\tregion\tindicator\tvalue\tby\tbaseline\n")
        for t in targets:
            f.write("\t".join("" if x is None else str(x) for x in t) + "\n")

    # Submissions: one file per province (the national office's own under
    # "00") and year; every region reports every indicator every quarter.
    n_prov = sum(1 for r in regions if r[2] == "province")
    gb_province = min(2, n_prov - 1)  # this province's files are GB18030 + CRLF
    chinese_headers = {i for i in range(n_prov) if i % 3 == 1}
    by_prov = {}
    for r in regions:
        by_prov.setdefault(r[4], []).append(r)
    corrections = []
    for p, members in sorted(by_prov.items()):
        for y in YEARS:
            gb = p == gb_province
            zh = p in chinese_headers or gb
            name = "national" if p < 0 else f"p{members[0][0][:2]}"
            path = os.path.join(subs_dir, f"{name}-{y}.csv")
            rows = ["地区代码,指标,时期,数值,单位,填报日期" if zh else "region,indicator,period,value,unit,reported_on"]
            for r in members:
                factor = LEVEL_FACTOR[r[2]]
                for n, (iid, iname, unit, acc, _, typical) in enumerate(INDICATORS):
                    for q in range(1, 5):
                        if rng.random() < 0.02:
                            continue  # missing
                        if unit == "%":
                            v = round(typical * (0.5 + 0.1 * (y - 2021) + rng.uniform(0, 0.3)), 1)
                        elif acc == "sum":
                            v = int(typical * factor / 20 * rng.uniform(0.5, 1.5))
                            if v >= 10000:
                                v = v // 1000 * 1000 if rng.random() < 0.3 else v
                        else:
                            v = int(typical * factor * (0.4 + 0.15 * (y - 2021)) * rng.uniform(0.8, 1.2))
                        by_code = rng.random() < 0.97 or r[2] == "national" or name_count[r[1]] > 1 or r[1] not in UNIQUE_NAMES
                        region = r[0] if by_code else r[1]
                        indicator = iid if not zh or rng.random() < 0.7 else iname
                        period = f"{y}-Q{q}"
                        rows.append(f"{region},{indicator},{period},\"{fmt_value(v, unit, rng)}\",{unit},"
                                    f"{y + (q == 4)}-{(q * 3) % 12 + 1:02d}-10")
                        if y == 2023 and rng.random() < 0.001:
                            corrections.append((r[0], iid, period, v, unit))
            text = "\r\n".join(rows) + "\r\n"
            if gb:
                data = text.encode("gb18030")
            else:
                data = (b"\xef\xbb\xbf" if p % 4 == 3 else b"") + text.encode("utf-8")
            with open(path, "wb") as f:
                f.write(data)
    with open(os.path.join(subs_dir, "corrections-2024.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("region,indicator,period,value,unit,reported_on,note\r\n")
        for region, iid, period, v, unit in corrections:
            nv = round(v * 1.1, 1) if unit == "%" else int(v * 1.1) + 1
            f.write(f"{region},{iid},{period},{nv},{unit},2024-06-30,更正（合成数据）\r\n")


def write_diff_pair(out, tasks, rng):
    """Two versions of one plan with `tasks` tasks each, for timing scip diff:
    the second rewords 5% of the tasks, drops 2%, adds 2%, renames the ids of
    3% (so they must be matched by their text) and moves a few."""
    def plan(version, items):
        lines = ["scip: 1\ntype: plan\n", f"id: big-{version}\n", f"title: 合成大型方案（第{version}版，基准测试）\n",
                 'region: {code: "110000", name: 北京市, level: province}\n', "period: {start: 2021, end: 2025}\n",
                 "departments: {cast: 市科协, edu: 市教育局}\nactions:\n"]
        per = 100
        for a in range(0, len(items), per):
            lines += [f"  - id: a{a // per}\n", "    kind: action\n", f"    title: 第{a // per + 1}项行动\n", "    tasks:\n"]
            for tid, title, text in items[a:a + per]:
                lines += [f"      - id: {tid}\n", f"        title: {title}\n", f"        text: {text}\n",
                          "        lead: [cast]\n"]
        with open(os.path.join(out, f"big-{version}.yaml"), "w", encoding="utf-8") as f:
            f.write("".join(lines))

    os.makedirs(out, exist_ok=True)
    old = [(f"t{i}", f"{rng.choice(VERBS)}{rng.choice(OBJECTS)}", sentence(rng, "北京市", "市科协")) for i in range(tasks)]
    new = []
    for i, (tid, title, text) in enumerate(old):
        r = rng.random()
        if r < 0.02:
            continue  # dropped
        if r < 0.07:
            text = text[: len(text) // 2] + sentence(rng, "北京市", "市教育局")
        elif r < 0.10:
            tid = f"renamed-{i}"
        new.append((tid, title, text))
    for k in range(tasks - len(new)):
        new.insert(rng.randrange(len(new)), (f"new-{k}", f"{rng.choice(VERBS)}{rng.choice(OBJECTS)}",
                                              sentence(rng, "北京市", "市科协")))
    plan(1, old)
    plan(2, new)


if __name__ == "__main__":
    main()
