/**
 * One canonical table of China's 31 provincial-level divisions and 新疆生产建设兵团, so that a
 * province written short in one sheet (`四川`, `广西`, `兵团`) and in full in another
 * (`四川省`, `广西壮族自治区`, `新疆生产建设兵团`) is one group (SPEC §3.3).
 *
 * Only forms that name one division and nothing else are listed. Left out on purpose:
 * `宁` (also 南京 and 宁波), `秦` (also 秦皇岛), and any generic suffix stripping — `吉林市`
 * is a city in 吉林省 and `新疆生产建设兵团` is not `新疆`. A name not in the table is
 * compared as written (after NFKC and whitespace removal).
 */
import { normName } from "./text";

interface Division {
  /** The official full name: the group key. */
  name: string;
  /** The usual short name (`四川`, `内蒙古`); `name` without its 省/市/自治区 suffix. */
  short: string;
  /** Official one-character abbreviations and other forms that name only this division. */
  more: readonly string[];
}

type Kind = "省" | "市" | "自治区";

const d = (short: string, kind: Kind, more: string[], name = short + kind): Division => ({ name, short, more });

const DIVISIONS: readonly Division[] = [
  d("北京", "市", ["京"]),
  d("天津", "市", ["津"]),
  d("河北", "省", ["冀"]),
  d("山西", "省", ["晋"]),
  d("内蒙古", "自治区", ["蒙", "内蒙"]),
  d("辽宁", "省", ["辽"]),
  d("吉林", "省", ["吉"]),
  d("黑龙江", "省", ["黑"]),
  d("上海", "市", ["沪"]),
  d("江苏", "省", ["苏"]),
  d("浙江", "省", ["浙"]),
  d("安徽", "省", ["皖"]),
  d("福建", "省", ["闽"]),
  d("江西", "省", ["赣"]),
  d("山东", "省", ["鲁"]),
  d("河南", "省", ["豫"]),
  d("湖北", "省", ["鄂"]),
  d("湖南", "省", ["湘"]),
  d("广东", "省", ["粤"]),
  d("广西", "自治区", ["桂"], "广西壮族自治区"),
  d("海南", "省", ["琼"]),
  d("重庆", "市", ["渝"]),
  d("四川", "省", ["川", "蜀"]),
  d("贵州", "省", ["贵", "黔"]),
  d("云南", "省", ["云", "滇"]),
  d("西藏", "自治区", ["藏"]),
  d("陕西", "省", ["陕"]),
  d("甘肃", "省", ["甘", "陇"]),
  d("青海", "省", ["青"]),
  d("宁夏", "自治区", [], "宁夏回族自治区"),
  d("新疆", "自治区", ["新"], "新疆维吾尔自治区"),
  {
    name: "新疆生产建设兵团",
    short: "兵团",
    more: ["新疆兵团", "新疆建设兵团", "生产建设兵团", "建设兵团"],
  },
];

/** What offices write after a province name when they mean its federation: `四川省工商联`. */
const FEDERATION = /(?:工商业联合会|工商联合会|工商联|总商会)$/;

function formsOf(x: Division): string[] {
  const forms = [x.name, x.short, ...x.more];
  // Autonomous regions are often written 广西自治区 or, wrongly but unmistakably, 广西省.
  if (x.name.endsWith("自治区")) forms.push(x.short + "自治区", x.short + "省");
  return forms;
}

const INDEX: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const x of DIVISIONS) {
    for (const f of formsOf(x)) {
      const k = normName(f);
      const had = m.get(k);
      if (had !== undefined && had !== x.name) throw new Error(`province form ${f} names both ${had} and ${x.name}`);
      m.set(k, x.name);
    }
  }
  return m;
})();

/** The 32 canonical names, in the order of the official lists. */
export const PROVINCE_NAMES: readonly string[] = DIVISIONS.map((x) => x.name);

/** The canonical name of a province written any usual way, or null when the table does not know it. */
export function provinceName(text: string): string | null {
  const n = normName(text);
  if (n === "") return null;
  const hit = INDEX.get(n);
  if (hit !== undefined) return hit;
  const bare = n.replace(FEDERATION, "");
  return bare !== n && bare !== "" ? (INDEX.get(bare) ?? null) : null;
}

/**
 * How group names are compared: the canonical name when the table knows it, else the
 * name as written (NFKC, no whitespace). This is the JSON's `groupKey`.
 */
export function groupKey(group: string): string {
  return provinceName(group) ?? normName(group);
}
