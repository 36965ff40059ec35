// ECharts from echarts/core with only what the app draws (the full bundle is large).
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { GaugeChart, BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, TitleComponent } from 'echarts/components';
import VChart from 'vue-echarts';

use([CanvasRenderer, GaugeChart, BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, TitleComponent]);

export { VChart };
