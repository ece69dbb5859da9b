// The snapshot page's English strings (see snapshot-strings.ts).
export const snapshotEn = {
  snapshot: {
    heading: 'Snapshots',
    intro:
      'A snapshot file keeps the data, as-of date and filters of the moment it was exported. Opened here, the dashboard shows read-only exactly as it was; you can also compare two snapshots, or one with the current data.',
    openHeading: 'Open a snapshot',
    openLabel: 'Choose a snapshot file (.json)',
    compareHeading: 'Compare snapshots',
    compareA: 'Snapshot A (earlier)',
    compareB: 'Snapshot B (later)',
    compareLive: 'Use the current data instead of snapshot B',
    chosen: 'Chosen: snapshot as of {{date}} (exported {{time}})',
    reading: 'Reading the file…',
    refused: 'Cannot open “{{file}}”',
    kept: 'What was on screen stays as it was.',
    problem: {
      too_large: 'The file is over 20 MB: it is not a snapshot from this dashboard.',
      not_json: 'The file is damaged: it is not valid JSON.',
      not_snapshot: 'This is not a Plan Tracker snapshot file.',
      future_version:
        'This snapshot was made by a newer version of the dashboard and cannot be opened here.',
      tampered:
        'The content does not match the SHA-256 checksum recorded in the file: it is damaged, or was edited without recomputing the checksum.',
      invalid: 'The snapshot’s content is not in the expected format.',
      too_deep:
        'The file is nested too deeply (more than {{depth}} levels, line {{line}}): it is not a snapshot from this dashboard and was not parsed.',
      duplicate_key:
        'The key “{{key}}” on line {{line}} ({{path}}) appears twice in one object: there is no telling which value counts.',
      forbidden_key: 'Line {{line}} holds the key “{{key}}” ({{path}}), which no snapshot has.',
      invisible_name:
        'The name “{{path}}” holds only invisible characters (zero-width, bidi controls, tabs or line breaks).',
    },
    banner: 'Snapshot: the dashboard as of {{date}} (read-only)',
    bannerMeta: 'Exported {{time}} · file {{file}}',
    close: 'Close snapshot',
    stampNote: 'From a snapshot (exported {{time}})',
    sideLabel: 'the snapshot as of {{date}} (exported {{time}})',
    simulatedMark: ' (simulated)',
    simulatedNote:
      'This comparison includes demo mode’s simulated figures: the changes below are not real progress.',
    liveLabel: 'the current data as of {{date}}',
    diff: {
      counts:
        '{{changed}} changed · {{added}} added · {{removed}} removed · {{unchanged}} unchanged',
      caption: 'Changes from {{before}} to {{after}}',
      indicator: 'Indicator',
      change: 'Change',
      status: 'Status',
      latest: 'Latest value',
      progress: 'Progress',
      noValue: 'no data',
      kind: { added: 'added', removed: 'removed', changed: 'changed', unchanged: 'unchanged' },
      target: 'Target',
      seriesCaption: 'Annual-target series, from {{before}} to {{after}}',
      seriesYear: 'Series · year',
      actual: 'Actual',
      verdict: 'Stated result',
    },
    restoring: 'Reopening the last snapshot…',
    claim: {
      published: 'The file says: published data (dataset version {{hash}})',
      simulated: 'The file says, or is: simulated data (demo mode), not real progress',
      draft: 'The file says: draft data (not published)',
    },
    verify: {
      region: 'Check against the published data',
      checking: 'Checking against the published data…',
      consistent: 'Matches the published data',
      consistentBody:
        'Each of the snapshot’s {{count}} figures is the same as in the published dataset version {{hash}}, archived on this site on {{date}}.',
      differs: 'Does not match the published data: {{count}} differences',
      differsBody:
        'The snapshot’s {{count}} figures were compared one by one with the published dataset version {{hash}}, archived on this site on {{date}}; these differ, so the snapshot’s figures are not the published ones.',
      unverified: {
        simulated: 'Not verified: simulated data',
        draft: 'Not verified: draft data',
        unknown_dataset: 'Not verified: unknown dataset version',
        offline: 'Cannot verify now',
        unavailable: 'Cannot verify now',
      },
      simulatedBody:
        'Demo mode’s simulated figures were never published, so there is nothing to check them against; their changes and progress are not real.',
      flagContradicted:
        'The file marks itself as real data, but its figures cite simulated sources (or the demo dataset): it is shown as simulated.',
      draftBody: 'A draft is not published, so there is nothing to check it against.',
      unknownBody:
        'The dataset version the snapshot names ({{hash}}) is not one this site has published (it may come from another site or a draft, or the version was edited): its figures are not verified.',
      offlineBody:
        'The network is down, so the published data cannot be read. It will check again once the connection is back.',
      unavailableBody: 'The published data could not be read.',
      retry: 'Check again',
      caption: 'Figures that differ from the published data',
      what: 'Indicator / series / figure',
      kindHeader: 'Item',
      inSnapshot: 'In the snapshot',
      inPublished: 'In the published data',
      absent: '(none)',
      met: 'met',
      missed: 'missed',
      year: '{{year}}',
      kind: {
        baseline: 'baseline',
        target: 'target',
        actual: 'actual',
        reference: 'reference figure',
        planned: 'planned figure',
        report: 'in-year report',
        verdict: 'stated result',
      },
      scopeSummary: 'What is checked and what is not',
      scopeChecked:
        'Checked: every figure of every indicator, annual-target series and other public figure in the snapshot (targets with their ≥/≤, baselines, progress, references, yearly actuals and stated results), value and date, one by one against the published dataset version the snapshot names; a figure only one side has counts as a difference too.',
      scopeNotChecked:
        'Not checked: names, notes, quotes and source details; indicators the snapshot does not hold; the snapshot’s as-of date, filters and export time (they decide how the dashboard is shown, but are not published data).',
      scopeChecksum:
        'The SHA-256 in the file is only a checksum: anyone who edits the file can recompute it, so it catches accidental damage, and proves nothing about the figures.',
    },
  },
};
