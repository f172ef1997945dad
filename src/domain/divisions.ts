// The national division list as the engine sees it: an interface, so the engine stays pure and
// takes the list as an input (extractReport(text, file, { divisions })). src/geo implements it.

/** A county-level unit (县, 区, 县级市, 旗, and 东莞市-like prefectures without counties). */
export interface CountyUnit {
  /** 6 digits. */
  code: string;
  name: string;
  /** The prefecture; the province-level name where the list has a placeholder (重庆市). */
  city: string;
  /** 4 digits: the prefecture's code (also for placeholders). */
  cityCode: string;
  province: string;
}

/** A township-level unit (乡, 镇, 民族乡, 街道, 苏木, and coded 400+: development zones, farms). */
export interface TownshipUnit {
  /** 9 digits. */
  code: string;
  /** As the list writes it (some end in 办事处). */
  name: string;
  county: CountyUnit;
}

/** A prefecture or province: something that contains counties, for telling same-name units apart. */
export interface RegionUnit {
  /** 2 digits (province) or 4 digits (prefecture). */
  code: string;
  name: string;
}

/** Name lookups over the list. Names are compared without a trailing 办事处. */
export interface DivisionLookup {
  /** Township-level units with this name (several: ~3,700 names repeat across the country). */
  townshipsNamed(name: string): readonly TownshipUnit[];
  /** County-level units with this name. */
  countiesNamed(name: string): readonly CountyUnit[];
  /** Prefectures and provinces with this name (never a placeholder such as 市辖区). */
  regionsNamed(name: string): readonly RegionUnit[];
}
