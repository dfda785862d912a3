// Each agency's 落款 choice and contact details (issue 12 §4), read when shown.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { AgencyDetails } from '../../../electron/archive/types';
import { api } from '../api';

export const useAgencyDetailsStore = defineStore('agencyDetails', () => {
  const byAgency = ref<Record<number, AgencyDetails>>({});
  async function load(agencyId: number): Promise<AgencyDetails> {
    const d = await api().agencyDetails(agencyId);
    byAgency.value = { ...byAgency.value, [agencyId]: d };
    return d;
  }
  async function save(agencyId: number, d: AgencyDetails): Promise<AgencyDetails> {
    const saved = await api().saveAgencyDetails(agencyId, d);
    byAgency.value = { ...byAgency.value, [agencyId]: saved };
    return saved;
  }
  return { byAgency, load, save };
});
