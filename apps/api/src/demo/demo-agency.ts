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

/** The demo password of every demo person (development only; documented in the README). */
export const DEMO_PASSWORD = 'khung-demo-2026';

export interface DemoUser {
  username: string;
  fullName: string;
  role: 'coordinator' | 'leader' | 'member' | 'viewer';
  units: string[];
}

/** One person per unit, so a newcomer can try the board as each role. */
export const DEMO_USERS: DemoUser[] = [
  { username: 'vanphong', fullName: 'Nguyễn Thị Hoa (Văn phòng Sở)', role: 'coordinator', units: ['vp'] },
  { username: 'lanhdao', fullName: 'Trần Văn Minh (Giám đốc Sở)', role: 'leader', units: [] },
  { username: 'thanhtra', fullName: 'Lê Văn Hùng (Thanh tra Sở)', role: 'member', units: ['tt'] },
  { username: 'khtc', fullName: 'Phạm Thị Lan (Phòng KH-TC)', role: 'member', units: ['khtc'] },
  { username: 'qlcn', fullName: 'Hoàng Văn Nam (Phòng QLCN)', role: 'member', units: ['qlcn'] },
  { username: 'qltm', fullName: 'Võ Thị Mai (Phòng QLTM)', role: 'member', units: ['qltm'] },
  { username: 'qlnl', fullName: 'Đặng Văn Tùng (Phòng QLNL)', role: 'member', units: ['qlnl'] },
  { username: 'ktat', fullName: 'Bùi Thị Thu (Phòng KTAT-MT)', role: 'member', units: ['ktat'] },
  { username: 'trungtam', fullName: 'Ngô Văn Đức (Trung tâm KC&TVPTCN)', role: 'member', units: ['ttkc'] },
  { username: 'motcua', fullName: 'Đỗ Thị Hằng (Bộ phận Một cửa)', role: 'member', units: ['motcua'] },
  { username: 'iso', fullName: 'Phan Văn Long (Ban chỉ đạo ISO)', role: 'member', units: ['iso'] },
  { username: 'xem', fullName: 'Khách xem (chỉ xem)', role: 'viewer', units: [] },
];
