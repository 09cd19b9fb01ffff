import { type Bilingual, bilingual } from './language';

// Word lists for people and companies. Chinese names carry their pinyin, which is how they are written
// in English and in e-mail addresses.

/** Staff names: Chinese (name, pinyin for the e-mail) and English names as used in Chinese offices. */
export const chineseStaffNames: readonly (readonly [string, string])[] = [
  ['王芳', 'wang.fang'],
  ['李娜', 'li.na'],
  ['张伟', 'zhang.wei'],
  ['刘洋', 'liu.yang'],
  ['陈静', 'chen.jing'],
  ['杨磊', 'yang.lei'],
  ['赵敏', 'zhao.min'],
  ['黄丽', 'huang.li'],
  ['周杰', 'zhou.jie'],
  ['吴婷', 'wu.ting'],
  ['徐蕾', 'xu.lei'],
  ['孙浩', 'sun.hao'],
  ['胡晓燕', 'hu.xiaoyan'],
  ['朱建国', 'zhu.jianguo'],
  ['高雪', 'gao.xue'],
  ['林晨', 'lin.chen'],
  ['何佳怡', 'he.jiayi'],
  ['郭志强', 'guo.zhiqiang'],
];

export const englishStaffNames: readonly (readonly [string, string])[] = [
  ['Emily Chen', 'emily.chen'],
  ['David Wang', 'david.wang'],
  ['Sarah Li', 'sarah.li'],
  ['Michael Zhang', 'michael.zhang'],
  ['Grace Liu', 'grace.liu'],
  ['Kevin Zhou', 'kevin.zhou'],
  ['Linda Huang', 'linda.huang'],
  ['Jason Xu', 'jason.xu'],
];

/** Customer contacts: surname and given name, each with its pinyin. */
export const surnames = bilingual([
  ['王', 'Wang'],
  ['李', 'Li'],
  ['张', 'Zhang'],
  ['刘', 'Liu'],
  ['陈', 'Chen'],
  ['杨', 'Yang'],
  ['赵', 'Zhao'],
  ['黄', 'Huang'],
  ['周', 'Zhou'],
  ['吴', 'Wu'],
  ['徐', 'Xu'],
  ['孙', 'Sun'],
  ['马', 'Ma'],
  ['朱', 'Zhu'],
  ['胡', 'Hu'],
  ['郭', 'Guo'],
  ['何', 'He'],
  ['林', 'Lin'],
  ['罗', 'Luo'],
  ['高', 'Gao'],
]);

export const givenNames = bilingual([
  ['伟', 'Wei'],
  ['芳', 'Fang'],
  ['敏', 'Min'],
  ['静', 'Jing'],
  ['磊', 'Lei'],
  ['强', 'Qiang'],
  ['洋', 'Yang'],
  ['艳', 'Yan'],
  ['杰', 'Jie'],
  ['涛', 'Tao'],
  ['明', 'Ming'],
  ['超', 'Chao'],
  ['秀英', 'Xiuying'],
  ['建华', 'Jianhua'],
  ['志刚', 'Zhigang'],
  ['丽娟', 'Lijuan'],
  ['海燕', 'Haiyan'],
  ['文博', 'Wenbo'],
]);

export interface City {
  name: Bilingual;
  region: Bilingual;
}

const regions = {
  north: { zh: '华北', en: 'North China' },
  east: { zh: '华东', en: 'East China' },
  south: { zh: '华南', en: 'South China' },
  central: { zh: '华中', en: 'Central China' },
  southwest: { zh: '西南', en: 'Southwest' },
  northwest: { zh: '西北', en: 'Northwest' },
  northeast: { zh: '东北', en: 'Northeast' },
} satisfies Record<string, Bilingual>;

const city = (zh: string, en: string, region: keyof typeof regions): City => ({
  name: { zh, en },
  region: regions[region],
});

/** Cities, weighted towards the east and north as a typical office's customers are. */
export const cities: readonly (readonly [City, number])[] = [
  [city('北京', 'Beijing', 'north'), 8],
  [city('天津', 'Tianjin', 'north'), 3],
  [city('石家庄', 'Shijiazhuang', 'north'), 2],
  [city('上海', 'Shanghai', 'east'), 9],
  [city('杭州', 'Hangzhou', 'east'), 5],
  [city('南京', 'Nanjing', 'east'), 4],
  [city('苏州', 'Suzhou', 'east'), 4],
  [city('青岛', 'Qingdao', 'east'), 2],
  [city('广州', 'Guangzhou', 'south'), 6],
  [city('深圳', 'Shenzhen', 'south'), 6],
  [city('厦门', 'Xiamen', 'south'), 2],
  [city('武汉', 'Wuhan', 'central'), 3],
  [city('长沙', 'Changsha', 'central'), 2],
  [city('郑州', 'Zhengzhou', 'central'), 2],
  [city('成都', 'Chengdu', 'southwest'), 4],
  [city('重庆', 'Chongqing', 'southwest'), 3],
  [city('昆明', 'Kunming', 'southwest'), 1],
  [city('西安', "Xi'an", 'northwest'), 2],
  [city('兰州', 'Lanzhou', 'northwest'), 1],
  [city('沈阳', 'Shenyang', 'northeast'), 2],
  [city('大连', 'Dalian', 'northeast'), 1],
  [city('哈尔滨', 'Harbin', 'northeast'), 1],
];

/** Trade names (字号) of Chinese companies. */
export const tradeNames = bilingual([
  ['华信', 'Huaxin'],
  ['中联', 'Zhonglian'],
  ['恒通', 'Hengtong'],
  ['瑞丰', 'Ruifeng'],
  ['宏达', 'Hongda'],
  ['鑫源', 'Xinyuan'],
  ['东方', 'Dongfang'],
  ['金桥', 'Jinqiao'],
  ['天成', 'Tiancheng'],
  ['博远', 'Boyuan'],
  ['盛世', 'Shengshi'],
  ['永安', 'Yongan'],
  ['新锐', 'Xinrui'],
  ['嘉禾', 'Jiahe'],
  ['正泰', 'Zhengtai'],
  ['华美', 'Huamei'],
  ['立信', 'Lixin'],
  ['安达', 'Anda'],
  ['远航', 'Yuanhang'],
  ['同创', 'Tongchuang'],
  ['明德', 'Mingde'],
  ['众诚', 'Zhongcheng'],
  ['启航', 'Qihang'],
  ['海纳', 'Haina'],
  ['润泽', 'Runze'],
  ['九州', 'Jiuzhou'],
]);

export const industries = bilingual([
  ['科技', 'Technology'],
  ['贸易', 'Trading'],
  ['电子', 'Electronics'],
  ['机械设备', 'Machinery'],
  ['商贸', 'Commerce'],
  ['实业', 'Industrial'],
  ['医疗器械', 'Medical Devices'],
  ['建材', 'Building Materials'],
  ['食品', 'Foods'],
  ['物流', 'Logistics'],
  ['办公设备', 'Office Equipment'],
  ['信息技术', 'Information Technology'],
]);

/** Foreign customers keep their English names in either language. */
export const englishCompanies: readonly (readonly [string, string])[] = [
  ['Pacific Rim Trading Ltd.', 'pacificrim.com'],
  ['Northwind Supplies Inc.', 'northwind.example.com'],
  ['Bluewater Electronics GmbH', 'bluewater.de'],
  ['Evergreen Office Solutions Ltd.', 'evergreen-office.com'],
  ['Summit Industrial Pte. Ltd.', 'summit.com.sg'],
  ['Harbor Light Logistics Co.', 'harborlight.com'],
  ['Maple Leaf Imports Inc.', 'mapleleaf-imports.ca'],
  ['Silverline Medical Ltd.', 'silverline-medical.com'],
];

export const roads = bilingual([
  ['人民路', 'Renmin Road'],
  ['解放路', 'Jiefang Road'],
  ['建设路', 'Jianshe Road'],
  ['中山路', 'Zhongshan Road'],
  ['和平路', 'Heping Road'],
  ['长江路', 'Changjiang Road'],
  ['科技路', 'Keji Road'],
  ['东风路', 'Dongfeng Road'],
  ['创业大道', 'Chuangye Avenue'],
  ['滨江大道', 'Binjiang Avenue'],
]);

export const districts = bilingual([
  ['高新区', 'Hi-Tech Zone'],
  ['经济开发区', 'Economic Development Zone'],
  ['', ''],
]);
