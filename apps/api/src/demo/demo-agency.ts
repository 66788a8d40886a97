/**
 * The demo agency: Sở Công Thương Hà Tĩnh with the units its 2026 plan names, their aliases
 * (how the plan's cells write them) and its unit groups. Aliases are data: coordinators edit
 * them in the units screen.
 */
export const DEMO_AGENCY = { name: 'Sở Công Thương Hà Tĩnh', shortName: 'SCT' };

export interface DemoUnit {
  key: string;
  name: string;
  aliases: string[];
}

export interface DemoGroup extends DemoUnit {
  members: string[];
}

export const DEMO_UNITS: DemoUnit[] = [
  { key: 'vp', name: 'Văn phòng Sở', aliases: ['Văn phòng', 'VP'] },
  { key: 'tt', name: 'Thanh tra Sở', aliases: ['Thanh tra'] },
  { key: 'khtc', name: 'Phòng Kế hoạch - Tài chính', aliases: ['Phòng KHTC', 'Phòng Kế hoạch-Tài chính'] },
  { key: 'qlcn', name: 'Phòng Quản lý Công nghiệp', aliases: ['Phòng QLCN'] },
  { key: 'qltm', name: 'Phòng Quản lý Thương mại', aliases: ['Phòng QLTM'] },
  { key: 'qlnl', name: 'Phòng Quản lý Năng lượng', aliases: ['Phòng QLNL'] },
  { key: 'ktat', name: 'Phòng Kỹ thuật An toàn - Môi trường', aliases: ['Phòng KTATMT'] },
  { key: 'ttkc', name: 'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp', aliases: ['Trung tâm', 'Trung tâm KC&TVPTCN'] },
  { key: 'motcua', name: 'Bộ phận Một cửa', aliases: ['Bộ phận một cửa', 'Bộ phận tiếp nhận và trả kết quả'] },
  { key: 'iso', name: 'Ban chỉ đạo ISO', aliases: ['BCĐ ISO'] },
];

const DEPARTMENTS = ['tt', 'khtc', 'qlcn', 'qltm', 'qlnl', 'ktat'];

export const DEMO_GROUPS: DemoGroup[] = [
  {
    key: 'pcm',
    name: 'Các phòng chuyên môn',
    aliases: ['Các phòng chuyên môn Sở', 'Các phòng chủ trì tham mưu văn bản QPPL'],
    members: DEPARTMENTS,
  },
  {
    key: 'dvtt',
    name: 'Đơn vị trực thuộc',
    aliases: ['Đơn vị thuộc Sở', 'Các đơn vị trực thuộc'],
    members: ['ttkc'],
  },
  {
    key: 'all',
    name: 'Các phòng, đơn vị thuộc Sở',
    aliases: ['Các đơn vị có liên quan', 'Các phòng, bộ phận liên quan', 'Các phòng, đơn vị liên quan'],
    members: ['vp', ...DEPARTMENTS, 'ttkc', 'motcua'],
  },
];
