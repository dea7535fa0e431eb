import type { Candidate } from '../src/contract'

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高']
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英', '晓东', '思远', '雨桐', '子涵', '浩然']
const DEPARTMENTS = ['销售一部', '销售二部', '客户成功部', '产品部', '研发中心/前端组', '研发中心/后端组', '财务部', '法务部', '人力资源部', '华东大区', '华南大区', '运营部']
const PINYIN: Record<string, string> = {
  王: 'wang', 李: 'li', 张: 'zhang', 刘: 'liu', 陈: 'chen', 杨: 'yang', 黄: 'huang', 赵: 'zhao', 吴: 'wu', 周: 'zhou',
  徐: 'xu', 孙: 'sun', 马: 'ma', 朱: 'zhu', 胡: 'hu', 郭: 'guo', 何: 'he', 林: 'lin', 罗: 'luo', 高: 'gao',
}

/**
 * A few fixed people among the first 50: 张三 (every pinyin example uses him) and the polyphonic
 * surnames 单 (shan, not dan), 曾 (zeng, not ceng) and 解 (xie, not jie).
 */
const FIXED: Record<number, [name: string, userId: string]> = {
  6: ['张三', 'zhangsan'],
  13: ['单田芳', 'shantianfang'],
  27: ['曾国华', 'zengguohua'],
  41: ['解晓东', 'xiexiaodong'],
}

/**
 * Realistic demo people for the standalone page: Chinese names, departments, WeCom-style userIds.
 * Deterministic, so screenshots and tests see the same people; `count` can go to 10,000 for load checks.
 */
export function demoCandidates(count = 50): Candidate[] {
  const people: Candidate[] = []
  for (let i = 0; i < count; i++) {
    const surname = SURNAMES[(i * 7) % SURNAMES.length] ?? '王'
    const given = GIVEN[(i * 11 + Math.floor(i / SURNAMES.length)) % GIVEN.length] ?? '伟'
    const [name, userId] = FIXED[i] ?? [`${surname}${given}`, `${PINYIN[surname] ?? 'user'}${i + 1}`]
    people.push({
      userId,
      name,
      department: DEPARTMENTS[(i * 5) % DEPARTMENTS.length],
    })
  }
  return people
}
