/**
 * Every string of the UI, in Vietnamese with the English beside it.
 * Components read from `vi` and render a pair with <Bi> (or `bi()` where only a plain string fits,
 * such as placeholders and aria-labels). Domain labels (task status, timeliness, deadline kinds)
 * come from @khung/domain in the same { vi, en } shape.
 */
export interface Text {
  vi: string;
  en: string;
}

/** "Kế hoạch / Plan": the pair as one plain string. */
export function bi(text: Text): string {
  return `${text.vi} / ${text.en}`;
}

const countOf = (n: number, vi: string, en: string, enPlural = `${en}s`): Text => ({
  vi: `${n} ${vi}`,
  en: n === 1 ? en : enPlural,
});

export const vi = {
  app: {
    name: { vi: 'Khung', en: 'Khung' },
    tagline: { vi: 'Theo dõi kế hoạch, nhiệm vụ', en: 'Plan and task tracking' },
    skipToContent: { vi: 'Bỏ qua, đến nội dung chính', en: 'Skip to main content' },
    logout: { vi: 'Đăng xuất', en: 'Log out' },
  },
  common: {
    loading: { vi: 'Đang tải…', en: 'Loading…' },
    retry: { vi: 'Thử lại', en: 'Retry' },
    errorTitle: { vi: 'Không tải được dữ liệu', en: 'Could not load the data' },
    networkError: { vi: 'Không kết nối được máy chủ', en: 'Cannot reach the server' },
    unexpectedError: { vi: 'Đã có lỗi xảy ra', en: 'Something went wrong' },
    sessionExpired: {
      vi: 'Phiên làm việc đã hết hạn, vui lòng đăng nhập lại',
      en: 'Your session has ended, please log in again',
    },
  },
  auth: {
    title: { vi: 'Đăng nhập', en: 'Log in' },
    username: { vi: 'Tên đăng nhập', en: 'Username' },
    password: { vi: 'Mật khẩu', en: 'Password' },
    submit: { vi: 'Đăng nhập', en: 'Log in' },
    submitting: { vi: 'Đang đăng nhập…', en: 'Logging in…' },
    wrongCredentials: { vi: 'Sai tên đăng nhập hoặc mật khẩu', en: 'Wrong username or password' },
    required: {
      vi: 'Vui lòng nhập tên đăng nhập và mật khẩu',
      en: 'Please enter your username and password',
    },
  },
  agencies: {
    label: { vi: 'Cơ quan', en: 'Agency' },
    all: { vi: 'Tất cả cơ quan', en: 'All agencies' },
  },
  plans: {
    label: { vi: 'Kế hoạch', en: 'Plan' },
    none: { vi: 'Chưa có kế hoạch nào', en: 'No plan yet' },
    noneHint: {
      vi: 'Hãy nhập hoặc tạo kế hoạch của năm để bắt đầu theo dõi.',
      en: "Import or draft the year's plan to start tracking it.",
    },
    status: {
      draft: { vi: 'Dự thảo', en: 'Draft' },
      issued: { vi: 'Đã ban hành', en: 'Issued' },
      closed: { vi: 'Đã kết thúc', en: 'Closed' },
    },
    issuedOn: { vi: 'Ngày ban hành', en: 'Issued on' },
  },
  appendix: {
    caption: { vi: 'Phụ lục: các nhiệm vụ trọng tâm', en: 'Appendix: key tasks' },
    columns: {
      tt: { vi: 'TT', en: 'No.' },
      objective: { vi: 'Mục tiêu', en: 'Objective' },
      task: { vi: 'Nhiệm vụ trọng tâm', en: 'Key task' },
      activities: { vi: 'Hoạt động', en: 'Activities' },
      output: { vi: 'Kết quả, sản phẩm', en: 'Output' },
      lead: { vi: 'Chủ trì', en: 'Lead' },
      coordinators: { vi: 'Phối hợp', en: 'Coordinating' },
      deadline: { vi: 'Thời gian hoàn thành', en: 'Deadline' },
      budget: { vi: 'Kinh phí', en: 'Budget' },
      status: { vi: 'Trạng thái', en: 'Status' },
      source: { vi: 'Văn bản giao', en: 'Assigned by' },
    },
    search: { vi: 'Tìm nhiệm vụ', en: 'Search tasks' },
    searchPlaceholder: { vi: 'Nội dung, đơn vị, thời hạn…', en: 'Text, unit, deadline…' },
    clearSearch: { vi: 'Xóa tìm kiếm', en: 'Clear search' },
    taskCount: (n: number): Text => countOf(n, 'nhiệm vụ', 'task'),
    ofTotal: (n: number): Text => ({ vi: `trên tổng số ${n}`, en: `of ${n}` }),
    noMatch: { vi: 'Không có nhiệm vụ nào khớp với từ khóa', en: 'No task matches the search' },
    empty: { vi: 'Kế hoạch chưa có nhiệm vụ nào', en: 'The plan has no task yet' },
    scrollRegion: { vi: 'Bảng phụ lục kế hoạch, cuộn ngang được', en: 'Plan appendix table, scrolls sideways' },
    noDate: { vi: 'chưa có hạn', en: 'no date' },
    unparsed: { vi: 'không đọc được', en: 'unparsed' },
    overridden: { vi: 'đã điều chỉnh', en: 'adjusted' },
    completedOn: { vi: 'Hoàn thành ngày', en: 'Completed on' },
    assignedTitle: { vi: 'Nhiệm vụ cấp trên giao', en: 'Tasks assigned from above' },
    assignedCaption: { vi: 'Nhiệm vụ UBND tỉnh và cấp trên giao', en: 'Tasks assigned by the province and above' },
    sourceNumber: { vi: 'Số', en: 'No.' },
    sourceDate: { vi: 'ngày', en: 'dated' },
  },
} as const;
