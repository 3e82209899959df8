// Plain prose, not budgets: the words the wording checks need. ABAB forms that are correct Chinese,
// Latin words Chinese prose uses as they are, the words that open a new item of a paragraph, the
// times 截止 may stand before, and the instructions a template leaves in brackets.

/** ABAB forms that are correct Chinese (verbs tried out, intensified adjectives): `研究研究` is no doubled word. */
export const REDUPLICATIONS: readonly string[] = [
  '研究', '讨论', '商量', '考虑', '学习', '休息', '了解', '打扫', '准备', '介绍', '锻炼', '高兴', '认识', '整理', '比较', '打听',
  '收拾', '活动', '检查', '交流', '体验', '雪白', '通红', '笔直', '冰凉', '火热', '碧绿', '漆黑', '蜡黄', '乌黑', '清爽', '热闹',
  '暖和', '凉快', '明白', '清楚', '溜达', '琢磨', '嘀咕', '轻松', '开心', '放松', '调查', '思考', '帮助', '关心', '分析',
];

/** Lowercase units, file formats and technical terms that Chinese prose uses as they are (`上传pdf文件`). */
export const LATIN_WORDS: readonly string[] = [
  'kg', 'km', 'mm', 'cm', 'ml', 'mg', 'kw', 'kwh', 'ph', 'ppm', 'db', 'hz', 'mb', 'gb', 'kb', 'tb', 'vs', 'pm', 'am', 'ug', 'mmol', 'ng',
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'txt', 'jpg', 'jpeg', 'png', 'gif', 'mp3', 'mp4', 'zip', 'rar', 'ofd', 'wps',
  'wifi', 'excel', 'word', 'app', 'email', 'html', 'http', 'https', 'www', 'com', 'cn', 'gov', 'org', 'net', 'qq', 'ip', 'id', 'ok',
  'usb', 'gps', 'ai', 'vr', 'ar', 'pc', 'tv', 'api', 'sql', 'wechat', 'weixin', 'ipad', 'iphone', 'ppp', 'kpi', 'led', 'ct', 'mri',
];

/**
 * Words a new sentence or list item opens with (`此外，…`, `下一步，…`); numbered openers (`二是`,
 * `其次`, `第三`) are read from the numerals.
 */
export const ITEM_OPENING_WORDS: readonly string[] = ['首先', '另外', '此外', '同时', '最后', '下一步'];

/** Times 截止 may stand before without a date (`截止目前`, `截止年底`): 截至 is meant. */
export const JIEZHI_TIME_WORDS: readonly string[] = ['年底', '年末', '目前', '当前', '今年', '本年', '上半年', '下半年', '本月', '月底', '月末'];

/**
 * A template's instructions, left in brackets in a report (`（主要反映…）`, `（请填写…）`,
 * `（注：…）`); 主要 may stand before them.
 */
export const TEMPLATE_NOTE_WORDS: readonly string[] = ['反映', '填写', '请填写', '简要说明', '根据实际情况填写', '注：', '说明：'];

/** Words that lead a document number in a sentence without being its issuer's (依据财预〔2020〕10号, 和国办发…). */
export const DOC_NUMBER_LEAD_INS: readonly string[] = ['依据', '根据', '按照', '依照', '参照', '遵照', '对照', '贯彻', '落实', '执行', '印发', '转发', '以及', '和', '及', '与', '并', '或'];

/** Characters that open a word of the text after them (`每生每年`: 每生, 每年), so a pair holding one repeats no word (`生每生每`). */
export const WORD_OPENING_CHARS: readonly string[] = ['每'];
