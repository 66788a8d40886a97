import { useState } from 'react';
import { Bi } from '../../components/Bi';
import { bi, vi } from '../../i18n/vi';
import { PeopleAdmin } from '../users/components/PeopleAdmin';
import { UnitsAdmin } from '../units/components/UnitsAdmin';
import './admin.css';

/** For coordinators: the agency's people and its units (with their aliases and groups). */
export function AdminView() {
  const [tab, setTab] = useState<'people' | 'units'>('people');
  return (
    <section className="admin" aria-labelledby="admin-title">
      <h1 id="admin-title" className="page-title">
        <Bi text={vi.nav.admin} />
      </h1>
      <div className="segmented" role="tablist" aria-label={bi(vi.nav.admin)}>
        {(['people', 'units'] as const).map((t) => (
          <button key={t} type="button" role="tab" aria-selected={tab === t} className="segmented__option" onClick={() => setTab(t)} data-testid={`admin-tab-${t}`}>
            <Bi text={vi.admin[t]} />
          </button>
        ))}
      </div>
      <div role="tabpanel">{tab === 'people' ? <PeopleAdmin /> : <UnitsAdmin />}</div>
    </section>
  );
}
