// The county the workspace is about and its official list of townships: the county is searched in
// the national list (characters, full pinyin or initials), its townships come from that list
// (development zones and farms left out unless added), and the list can be edited — renamed,
// merged (rename one, remove the other), added to, removed from. Reports that match no township
// by code or name are listed so the user can pick theirs.
import { useEffect, useMemo, useState } from "react";
import { usePinyin } from "../../components/usePinyin";
import type { Divisions } from "../../geo";
import { useDash } from "../../store";
import type { RosterEntry, WorkspaceFile } from "../../workspace/types";
import { r } from "./rosterText";

type County = NonNullable<WorkspaceFile["county"]>;

async function save(county: County | null, roster: RosterEntry[] | null) {
  const { workspaceDb } = await import("../../workspace");
  await workspaceDb.setMeta("county", county);
  await workspaceDb.setMeta("roster", roster);
}

function useDivisions(wanted: boolean): Divisions | null {
  const [d, setD] = useState<Divisions | null>(null);
  useEffect(() => {
    if (!wanted || d) return;
    void import("../../geo").then((m) => m.loadDivisions()).then(setD);
  }, [wanted, d]);
  return d;
}

export function RosterSection({ onError }: { onError: (message: string) => void }) {
  const entry = useDash((s) => s.datasets.workspace);
  const dataset = entry?.status === "ready" ? entry.dataset : null;
  const roster = dataset?.roster ?? null;
  const [county, setCounty] = useState<County | null>(roster?.county ?? null);
  const [entries, setEntries] = useState<RosterEntry[]>([]);
  useEffect(() => {
    // The stored roster (with notes and aliases) is the truth; reread it whenever the data set reloads.
    void import("../../workspace").then(async ({ workspaceDb }) => {
      setCounty(await workspaceDb.getMeta("county"));
      setEntries((await workspaceDb.getMeta("roster")) ?? []);
    });
  }, [dataset]);
  const commit = (c: County | null, list: RosterEntry[] | null) =>
    save(c, list).catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)));
  return (
    <section className="roster" aria-labelledby="roster-title" data-testid="roster">
      <h3 id="roster-title">{r.title}</h3>
      {county ? (
        <RosterEditor county={county} entries={entries} commit={commit} />
      ) : (
        <CountyPicker onPick={(c, list) => void commit(c, list)} />
      )}
    </section>
  );
}

function CountyPicker({ onPick }: { onPick: (c: County, list: RosterEntry[]) => void }) {
  const [q, setQ] = useState("");
  const [focused, setFocused] = useState(false);
  const divisions = useDivisions(focused);
  const lib = usePinyin(focused);
  const hits = useMemo(() => (divisions ? divisions.searchCounties(q, lib, 12) : []), [divisions, q, lib]);
  return (
    <div className="county-picker">
      <p>{r.pickHint}</p>
      <input
        type="search"
        value={q}
        placeholder={r.searchPlaceholder}
        aria-label={r.searchPlaceholder}
        data-testid="roster-county-search"
        onFocus={() => setFocused(true)}
        onChange={(e) => setQ(e.currentTarget.value)}
      />
      {focused && !divisions && <p role="status">{r.loading}</p>}
      <ul className="county-hits">
        {hits.map((h) => (
          <li key={h.county.code}>
            <button
              type="button"
              data-testid="roster-county-option"
              onClick={() =>
                onPick(
                  { code: h.county.code, name: h.county.name },
                  (divisions?.townshipsOf(h.county.code) ?? []).map((t) => ({ code: t.code, name: t.name })),
                )
              }
            >
              {h.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function RosterEditor(props: {
  county: County;
  entries: RosterEntry[];
  commit: (c: County | null, list: RosterEntry[] | null) => Promise<void>;
}) {
  const { county, entries, commit } = props;
  const [adding, setAdding] = useState("");
  const [zones, setZones] = useState(false);
  const divisions = useDivisions(zones);
  const reports = useDash((s) => {
    const e = s.datasets.workspace;
    return e?.status === "ready" ? e.dataset.reports : [];
  });
  const unmatched = useMemo(() => {
    const names = new Set<string>();
    for (const x of reports as ((typeof reports)[number] & { rosterKey?: string })[])
      if (!x.rosterKey && x.township) names.add(x.township);
    return [...names];
  }, [reports]);
  const put = (list: RosterEntry[]) => void commit(county, list);
  const zoneUnits =
    divisions && county.code ? divisions.townshipsOf(county.code, { includeZones: true }) : [];
  const listed = new Set(entries.map((e) => e.code));
  return (
    <div className="roster-editor">
      <p>
        <strong data-testid="roster-county">{county.name}</strong> {r.count(entries.length)}{" "}
        <button type="button" data-testid="roster-change-county" onClick={() => void commit(null, null)}>
          {r.changeCounty}
        </button>
      </p>
      <ul className="roster-list" data-testid="roster-list">
        {entries.map((e, i) => (
          <li key={`${e.code ?? "new"}-${i}`}>
            <input
              defaultValue={e.name}
              aria-label={r.rename(e.name)}
              onBlur={(ev) => {
                const name = ev.currentTarget.value.trim();
                if (name && name !== e.name)
                  put(entries.map((x, j) => (j === i ? { ...x, name, note: r.renamedFrom(e.name) } : x)));
              }}
            />
            {e.note && <small>{e.note}</small>}
            <button
              type="button"
              aria-label={r.remove(e.name)}
              onClick={() => put(entries.filter((_, j) => j !== i))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        className="roster-add"
        onSubmit={(ev) => {
          ev.preventDefault();
          const name = adding.trim();
          if (!name) return;
          put([...entries, { code: null, name, note: r.addedByHand }]);
          setAdding("");
        }}
      >
        <input
          value={adding}
          placeholder={r.addPlaceholder}
          onChange={(e) => setAdding(e.currentTarget.value)}
        />
        <button type="submit">{r.add}</button>
        <button type="button" onClick={() => setZones(true)}>
          {r.showZones}
        </button>
      </form>
      {zones && (
        <ul className="roster-zones">
          {zoneUnits
            .filter((u) => !listed.has(u.code))
            .map((u) => (
              <li key={u.code}>
                <button type="button" onClick={() => put([...entries, { code: u.code, name: u.name }])}>
                  + {u.name}
                </button>
              </li>
            ))}
        </ul>
      )}
      {unmatched.length > 0 && (
        <div className="roster-unmatched" data-testid="roster-unmatched">
          <p>{r.unmatched}</p>
          {unmatched.map((name) => (
            <label key={name}>
              {name} →{" "}
              <select
                defaultValue=""
                onChange={(ev) => {
                  const i = Number(ev.currentTarget.value);
                  put(entries.map((x, j) => (j === i ? { ...x, aliases: [...(x.aliases ?? []), name] } : x)));
                }}
              >
                <option value="" disabled>
                  {r.pick}
                </option>
                {entries.map((x, j) => (
                  <option key={j} value={j}>
                    {x.name}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      )}
    </div>
  );
}
