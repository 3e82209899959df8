import rule from '../../rules/doc-number-format.js';
import { at, testRule } from '../rule-tester.js';

const seed = '根据《关于全面实施预算绩效管理的实施意见》（鹿发〔2019〕8号）文件精神。\n根据《关于全面实施预算绩效管理的实施意见》（鹿发﹝2019﹞8号）文件要求。';
const kinds = '依据财预[2020]10号、湘财绩【2023】5号和国办发(2018)12号文件，以及岳财〔2024 3号。';

testRule(rule, {
  valid: [
    '依据财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）开展评价。',
    // Not document numbers: dates, phone numbers, a year in parentheses without 号.
    '2024年（2023年度）预算执行情况，联系电话（0731）8225566。',
  ],
  invalid: [
    {
      name: 'seed 002: ﹝﹞ look-alikes',
      text: seed,
      errors: [{ messageId: 'brackets', ...at(seed, '鹿发﹝2019﹞8号'), data: { fixed: '鹿发〔2019〕8号' }, suggestions: [{ desc: '改为“鹿发〔2019〕8号”', text: '鹿发〔2019〕8号', ...at(seed, '鹿发﹝2019﹞8号') }] }],
    },
    {
      name: '[], 【】, () and a missing 〕',
      text: kinds,
      errors: [
        { messageId: 'brackets', ...at(kinds, '财预[2020]10号'), data: { fixed: '财预〔2020〕10号' }, suggestions: [{ desc: '改为“财预〔2020〕10号”', text: '财预〔2020〕10号', ...at(kinds, '财预[2020]10号') }] },
        { messageId: 'brackets', ...at(kinds, '湘财绩【2023】5号'), data: { fixed: '湘财绩〔2023〕5号' }, suggestions: [{ desc: '改为“湘财绩〔2023〕5号”', text: '湘财绩〔2023〕5号', ...at(kinds, '湘财绩【2023】5号') }] },
        { messageId: 'brackets', ...at(kinds, '国办发(2018)12号'), data: { fixed: '国办发〔2018〕12号' }, suggestions: [{ desc: '改为“国办发〔2018〕12号”', text: '国办发〔2018〕12号', ...at(kinds, '国办发(2018)12号') }] },
        { messageId: 'unclosed', ...at(kinds, '岳财〔2024 3号'), data: { fixed: '岳财〔2024〕3号' }, suggestions: [{ desc: '改为“岳财〔2024〕3号”', text: '岳财〔2024〕3号', ...at(kinds, '岳财〔2024 3号') }] },
      ],
    },
  ],
});
