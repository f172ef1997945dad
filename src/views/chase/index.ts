// Door of views/chase: the printable 催报单 (opened from 完整性's 催报清单 menu).
export { ChasePage, type ChasePageProps } from "./ChasePage";
